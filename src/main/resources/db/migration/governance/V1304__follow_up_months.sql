-- A follow-up report due in a month or a range of months ("September/October 2023"), kept as written: it goes to the
-- board's first meeting in that range, one already scheduled or the first scheduled later.
alter table gov_follow_up add column due_from date;
alter table gov_follow_up add column due_to date;
alter table gov_follow_up add column due_text varchar(100);
