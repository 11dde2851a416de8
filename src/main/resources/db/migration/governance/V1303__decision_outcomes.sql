-- Decisions as minutes record them: carried or not carried; a vote with the numbers or a majority vote without them
-- (vote_counted); who asked for a recorded vote; and the names recorded as voting for, against and abstaining
-- (one per line, as the minutes give them).
alter table gov_decision add column outcome varchar(20);
alter table gov_decision add column vote_counted boolean;
alter table gov_decision add column vote_requested_by varchar(200);
alter table gov_decision add column names_for varchar(4000);
alter table gov_decision add column names_against varchar(4000);
alter table gov_decision add column names_abstaining varchar(4000);
