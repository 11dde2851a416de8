-- The quarter an update reports on, as the person picked it (any quarter of the plan's period up to now), e.g. 2024Q3.
alter table plan_update add column quarter_key varchar(10);
