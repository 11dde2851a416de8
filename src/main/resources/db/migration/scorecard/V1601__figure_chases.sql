-- Reminders and chases sent to an agency for a quarter's missing scorecard figures: one reminder before the deadline,
-- then a chase the day after it and weekly while figures are still missing.
create table sc_chase (
    agency_id   bigint not null references organisation (id),
    quarter_key varchar(10) not null,
    kind        varchar(10) not null,
    sent_at     timestamp with time zone not null,
    primary key (agency_id, quarter_key, kind)
);
