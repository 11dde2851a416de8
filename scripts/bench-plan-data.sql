-- Benchmark data for the business plan pages (scripts/bench-plan.sh): 10 plans, each with 20 priorities and 2,000
-- actions (95 under each priority, 100 as planned work), and 5 progress updates per action (100,000 updates) a quarter
-- apart, the newest between 0 and 99 days ago. Each action's status, status quarter, previous status and last update
-- are derived from its updates exactly as PlanAction.report would have left them; due dates run from about 200 days ago
-- to 530 days ahead, so roughly a quarter of the dated actions that are not complete are overdue.
-- Runs against a database the application has already migrated and seeded with its demo people (PostgreSQL only).
\set ON_ERROR_STOP on
begin;

-- the application's clock is UTC; quarters run April-June (Q1) to January-March (Q4)
create temporary table bench_today as select (now() at time zone 'UTC')::date as today;
create or replace function pg_temp.quarter_key(d date) returns text language sql immutable as $$
    select case when extract(month from d) >= 4
                then extract(year from d)::int || 'Q' || ((extract(month from d)::int - 4) / 3 + 1)
                else (extract(year from d)::int - 1) || 'Q4' end
$$;

-- people who may lead actions (BusinessPlans.LEAD_ROLES) and the agencies
create temporary table bench_leads as
    select row_number() over (order by u.id) - 1 as n, u.id
    from user_account u
    where exists (select 1 from user_role r where r.user_id = u.id and r.role in
        ('BUSINESS_UNIT', 'LEAD_PARTNER', 'EXECUTIVE_MEMBER', 'INDEPENDENT_SCRUTINEER', 'SUBGROUP_MEMBER', 'AGENCY_LEAD'));
create temporary table bench_agencies as select row_number() over (order by id) - 1 as n, id from organisation;

insert into plan (title, first_year, last_year, introduction, status, version_label, created_at)
select 'Bench business plan ' || p || ' (' || (2017 + p) || '-' || (2020 + p) || ')', 2017 + p, 2020 + p,
       'How the partnership will keep children safe over three years: our priorities, what each partner will do, '
           || 'by when, and how we will know it has made a difference. ' || repeat('Introduction text. ', 20),
       'AGREED', '1.0', now() - interval '400 days'
from generate_series(1, 10) p;

insert into plan_version (plan_id, label, what_changed, agreed_by, agreed_at)
select id, '1.0', 'First agreed version', (select min(id) from bench_leads), created_at from plan where title like 'Bench %';

insert into plan_priority (plan_id, code, title, statement, commitment, partnership_lead, board_officer, delivery_mechanism, position)
select pl.id, 'P' || lpad(q::text, 2, '0'), 'Priority ' || q || ': children at risk of exploitation outside the home, theme ' || q,
       'What we know and why this matters. ' || repeat('Statement text. ', 15),
       'We will work together so that children are identified early and helped quickly.',
       'Director of Children''s Services', 'Detective Superintendent', 'Exploitation subgroup', q
from plan pl cross join generate_series(1, 20) q
where pl.title like 'Bench %';

-- 2,000 actions per plan: position 1-1,900 spread over the 20 priorities, 1,901-2,000 planned work
create temporary table bench_action as
select pl.id as plan_id, i as position,
       case when i <= 1900 then (select pr.id from plan_priority pr where pr.plan_id = pl.id and pr.position = (i - 1) % 20 + 1) end
           as priority_id,
       (pl.id * 2000 + i) as k
from plan pl cross join generate_series(1, 2000) i
where pl.title like 'Bench %';

insert into plan_action (title, plan_id, priority_id, lead_person_id, lead_agency_id, lead_description, delivery_mechanism,
                         timescale_kind, timescale_text, due_date, success_measure, source_type, source_reference,
                         status, position, created_at)
select 'Action ' || b.position || ': review and improve the multi-agency response to children missing from education, '
           || 'with partners agreeing a shared escalation route (' || b.k || ')',
       b.plan_id, b.priority_id,
       (select l.id from bench_leads l where l.n = b.k % (select count(*) from bench_leads)),
       (select a.id from bench_agencies a where a.n = b.k % (select count(*) from bench_agencies)),
       case when b.k % 3 = 0 then 'Named leads in each agency' end,
       'Through the subgroup''s quarterly workplan and agency safeguarding leads.',
       kk.kind, ts.text, ts.due,
       'Audit shows at least 80% of cases meet the standard; feedback from children and families.',
       case when b.k % 4 = 0 then 'INSPECTION' end, case when b.k % 4 = 0 then 'JTAI ' || b.k end,
       'NOT_STARTED', b.position, now() - interval '400 days'
from bench_action b
cross join lateral (select (select today from bench_today) + ((b.k * 37) % 730 - 200)::int as d) dd
cross join lateral (
    select case
               when b.k % 10 < 5 then 'DATE'
               when b.k % 10 < 7 then 'MONTH'
               when b.k % 10 = 7 then 'QUARTER'
               when b.k % 10 = 8 then 'QUARTERLY'
               else 'ONGOING' end as kind) kk
cross join lateral (
    select case kk.kind
               when 'DATE' then to_char(dd.d, 'FMDD FMMonth YYYY')
               when 'MONTH' then to_char(dd.d, 'FMMonth YYYY')
               when 'QUARTER' then 'Q' || right(pg_temp.quarter_key(dd.d), 1) || ' ' || left(pg_temp.quarter_key(dd.d), 4)
                   || '-' || lpad(((left(pg_temp.quarter_key(dd.d), 4)::int + 1) % 100)::text, 2, '0')
               when 'QUARTERLY' then 'Quarterly'
               else 'Ongoing' end as text,
           case kk.kind
               when 'DATE' then dd.d
               when 'MONTH' then (date_trunc('month', dd.d) + interval '1 month - 1 day')::date
               when 'QUARTER' then (date_trunc('quarter', dd.d) + interval '3 months - 1 day')::date
               end as due) ts;
-- (calendar quarters end on the same days as financial quarters, so date_trunc('quarter') gives the right end)

-- 5 updates per action, 91 days apart, the newest 0-99 days ago; statuses drawn from a skewed spread of RAG and complete
insert into plan_update (action_id, status, commentary, evidence_link, posted_by, posted_at)
select a.id,
       (array['RED', 'AMBER', 'AMBER', 'GREEN', 'GREEN', 'GREEN', 'COMPLETE'])[1 + abs(hashint8(a.id * 10 + u)) % 7],
       'Update ' || u || ': the subgroup reviewed progress; ' || repeat('partners have agreed the next steps. ', 4),
       case when u = 5 and a.id % 5 = 0 then 'https://example.org/evidence/' || a.id end,
       (select l.id from bench_leads l where l.n = (a.id + u) % (select count(*) from bench_leads)),
       now() - make_interval(days => (5 - u) * 91 + (a.id * 13 % 100)::int, mins => (a.id % 600)::int)
from plan_action a cross join generate_series(1, 5) u
where a.plan_id in (select id from plan where title like 'Bench %');

-- what PlanAction.report leaves: status = newest update's, status_quarter = its quarter, previous_status = the status
-- before the first update in that quarter (NOT_STARTED when there was none), last_update_at = newest posted_at
with ranked as (
    select pu.action_id, pu.status, pu.posted_at, pg_temp.quarter_key((pu.posted_at at time zone 'UTC')::date) as qk,
           row_number() over (partition by pu.action_id order by pu.posted_at desc, pu.id desc) as rn
    from plan_update pu
), newest as (
    select * from ranked where rn = 1
), before_quarter as (
    select distinct on (r.action_id) r.action_id, r.status
    from ranked r join newest n on n.action_id = r.action_id
    where r.qk < n.qk
    order by r.action_id, r.posted_at desc
)
update plan_action a
set status = n.status, status_quarter = n.qk, last_update_at = n.posted_at,
    previous_status = coalesce(b.status, 'NOT_STARTED')
from newest n left join before_quarter b on b.action_id = n.action_id
where a.id = n.action_id;

commit;
analyze plan;
analyze plan_priority;
analyze plan_action;
analyze plan_update;

select (select count(*) from plan) as plans, (select count(*) from plan_priority) as priorities,
       (select count(*) from plan_action) as actions, (select count(*) from plan_update) as updates,
       (select count(*) from plan_action where due_date < (select today from bench_today) and status <> 'COMPLETE') as overdue,
       (select count(*) from plan_action where status_quarter = pg_temp.quarter_key((select today from bench_today))) as updated_this_quarter;
select status, count(*) from plan_action group by status order by status;
