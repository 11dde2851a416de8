create table local_non_working_day (
    non_working_date date primary key,
    reason varchar(200) not null
);
