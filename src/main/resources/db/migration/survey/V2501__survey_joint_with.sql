-- A survey run jointly with another board (e.g. the safeguarding adults board): the partner, held in the directory as
-- an agency, and its leads read the survey's results and exports, nothing else of the partnership's.
alter table survey add column joint_agency_id bigint;
create index survey_joint_agency_idx on survey (joint_agency_id);
