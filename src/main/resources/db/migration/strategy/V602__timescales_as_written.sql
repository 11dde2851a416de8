-- Timescales kept as plans write them ("June 2018 to March 2019", "2018-19 and onwards"), up to 200 characters.
alter table plan_action alter column timescale_text set data type varchar(200);
