-- Scorecard benchmark data on top of the demo's 10 indicators: 140 more (150 in all) across the demo agencies under
-- 6 priorities, 12 quarters of figures each ending with the last quarter that has ended (the older ones signed off),
-- a few missing, and England and statistical-neighbour benchmarks for every indicator.
insert into sc_indicator (code, title, definition, priority_group, owner_agency_id, unit, numerator, denominator, polarity, target,
                          target_upper, tolerance, data_source, frequency, position, active, created_at, version)
select 'B' || lpad(g::text, 3, '0'),
       'Benchmark indicator ' || g || ': children seen within timescale in service area ' || (g % 17),
       'Counted as in the partnership''s data definitions.',
       (array['Early help', 'Children in need of help and protection', 'Exploitation', 'Children in care and care leavers',
              'Education', 'Domestic abuse'])[1 + g % 6],
       (select id from organisation where org_type <> 'PARTNERSHIP' order by id offset (g % 7) limit 1),
       (array['PERCENT', 'NUMBER', 'RATE_PER_10000', 'DAYS'])[1 + g % 4],
       'Children seen within timescale', 'Children referred',
       (array['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'WITHIN_BAND'])[1 + g % 3],
       50 + g % 40, case when g % 3 = 2 then 60 + g % 40 end, 5, 'Agency records', 'QUARTERLY', 10 + g, true, now(), 0
from generate_series(1, 140) g;

with reporting as (
    select case when extract(month from d) >= 4 then extract(year from d)::int else extract(year from d)::int - 1 end * 4
           + case when extract(month from d) >= 4 then ((extract(month from d)::int - 4) / 3) else 3 end as idx
    from (select (current_date - interval '3 months')::date as d) t
)
insert into sc_figure (indicator_id, quarter_key, figure_value, status, entered_by, entered_at, late, signed_off_by, signed_off_at, version)
select i.id, ((r.idx - k) / 4) || 'Q' || ((r.idx - k) % 4 + 1),
       round((40 + (i.id * 7 + k * 3) % 55)::numeric, 1),
       case when k >= 2 then 'SIGNED_OFF' else 'SUBMITTED' end,
       (select id from user_account where email = 'business.unit@northshire.example'), now(), k = 1,
       case when k >= 2 then (select id from user_account where email = 'business.unit@northshire.example') end,
       case when k >= 2 then now() end, 0
from sc_indicator i cross join reporting r cross join generate_series(0, 11) k
where i.code like 'B%' and not (k = 0 and i.id % 13 = 0);

insert into sc_benchmark (indicator_id, kind, period_label, benchmark_value, recorded_at)
select i.id, kind, '2024-25', round((45 + i.id % 40)::numeric, 1), now()
from sc_indicator i cross join (values ('ENGLAND'), ('STATISTICAL_NEIGHBOURS')) k(kind)
where i.code like 'B%';

analyze sc_indicator;
analyze sc_figure;
analyze sc_benchmark;
