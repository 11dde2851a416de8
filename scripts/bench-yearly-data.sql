-- Benchmark data for the yearly report (scripts/bench-yearly.sh): the financial year 2025-04-01 to 2026-03-31 with
--   * 2 business plans covering it (2023-2026 and 2024-2027), 20 priorities each, 10,000 actions each (475 under each
--     priority, 500 as planned work): 20,000 plan actions. Up to 5 progress updates per action, 91 days apart, the
--     first between 1 February and 1 April 2025 (so about 4 fall in the year); every 25th action's only update is
--     before the year, every 50th (+1) has none. Each action's status, status quarter, previous status and last update
--     derived from its updates as PlanAction.report leaves them.
--   * 500 review cases (serious incidents) referred between 12 March 2025 and 31 March 2026: 60% notified to the
--     National Panel (some late), 30% decided not to notify, 10% not yet decided; every notified case has a rapid
--     review (3 agency summaries, sign-offs, submitted to the Panel, decided: 30% local practice review, 20% other
--     learning review, 50% no further review); each local practice review has its terms of reference, most a final
--     report sent and two thirds published; 3 findings per decided rapid review, themed (every 15th untagged);
--     4 recommendations per local or other learning review, most of them business plan actions (source
--     REVIEW_RECOMMENDATION, outside any plan) with updates; learning products with dissemination.
--   * one saved (draft) yearly report for the year, with its 8 sections, for /yearly-report/reports/{id} and its PDF.
-- Runs against a database the application has already migrated and seeded with its demo people (PostgreSQL only).
\set ON_ERROR_STOP on
begin;

create or replace function pg_temp.quarter_key(d date) returns text language sql immutable as $$
    select case when extract(month from d) >= 4
                then extract(year from d)::int || 'Q' || ((extract(month from d)::int - 4) / 3 + 1)
                else (extract(year from d)::int - 1) || 'Q4' end
$$;
-- 10:00 London on a day, as an instant
create or replace function pg_temp.at_ten(d date) returns timestamptz language sql immutable as $$
    select (d + time '10:00') at time zone 'Europe/London'
$$;

create temporary table bench_leads as
    select row_number() over (order by u.id) - 1 as n, u.id
    from user_account u
    where exists (select 1 from user_role r where r.user_id = u.id and r.role in
        ('BUSINESS_UNIT', 'LEAD_PARTNER', 'EXECUTIVE_MEMBER', 'INDEPENDENT_SCRUTINEER', 'SUBGROUP_MEMBER', 'AGENCY_LEAD'));
create temporary table bench_agencies as select row_number() over (order by id) - 1 as n, id from organisation;
create temporary table bench_counts as
    select (select count(*) from bench_leads) as leads, (select count(*) from bench_agencies) as agencies;

-- ---------------------------------------------------------------------------------------------------------------
-- Business plans: 2 x 10,000 actions
insert into plan (title, first_year, last_year, introduction, status, version_label, created_at)
values ('Bench yearly business plan A (2023-2026)', 2023, 2026,
        'How the partnership will keep children safe over three years. ' || repeat('Introduction text. ', 20), 'AGREED', '1.0',
        timestamptz '2023-03-20 10:00+00'),
       ('Bench yearly business plan B (2024-2027)', 2024, 2027,
        'How the partnership will keep children safe over three years. ' || repeat('Introduction text. ', 20), 'AGREED', '1.0',
        timestamptz '2024-03-20 10:00+00');

insert into plan_version (plan_id, label, what_changed, agreed_by, agreed_at)
select id, '1.0', 'First agreed version', (select min(id) from bench_leads), created_at from plan where title like 'Bench yearly %';

insert into plan_priority (plan_id, code, title, statement, commitment, partnership_lead, board_officer, delivery_mechanism, position)
select pl.id, 'P' || lpad(q::text, 2, '0'), 'Priority ' || q || ': children at risk of exploitation outside the home, theme ' || q,
       'What we know and why this matters. ' || repeat('Statement text. ', 15),
       'We will work together so that children are identified early and helped quickly.',
       'Director of Children''s Services', 'Detective Superintendent', 'Exploitation subgroup', q
from plan pl cross join generate_series(1, 20) q
where pl.title like 'Bench yearly %';

create temporary table bench_action as
select pl.id as plan_id, i as position,
       case when i <= 9500 then (select pr.id from plan_priority pr where pr.plan_id = pl.id and pr.position = (i - 1) % 20 + 1) end
           as priority_id,
       (pl.id * 10000 + i) as k
from plan pl cross join generate_series(1, 10000) i
where pl.title like 'Bench yearly %';

insert into plan_action (title, plan_id, priority_id, lead_person_id, lead_agency_id, lead_description, delivery_mechanism,
                         timescale_kind, timescale_text, due_date, success_measure, source_type, source_reference,
                         status, position, created_at)
select 'Action ' || b.position || ': review and improve the multi-agency response to children missing from education, '
           || 'with partners agreeing a shared escalation route (' || b.k || ')',
       b.plan_id, b.priority_id,
       (select l.id from bench_leads l where l.n = b.k % (select leads from bench_counts)),
       (select a.id from bench_agencies a where a.n = b.k % (select agencies from bench_counts)),
       case when b.k % 3 = 0 then 'Named leads in each agency' end,
       'Through the subgroup''s quarterly workplan and agency safeguarding leads.',
       kk.kind, ts.text, ts.due,
       'Audit shows at least 80% of cases meet the standard; feedback from children and families.',
       case when b.k % 4 = 0 then 'INSPECTION' end, case when b.k % 4 = 0 then 'JTAI ' || b.k end,
       'NOT_STARTED', b.position, timestamptz '2024-04-01 09:00+00'
from bench_action b
cross join lateral (select date '2024-06-01' + ((b.k * 37) % 1095)::int as d) dd
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

-- updates: u = 1..5, 91 days apart from 1 Feb-1 Apr 2025; every 25th action only one, before the year; every 50th (+1) none
insert into plan_update (action_id, status, commentary, evidence_link, posted_by, posted_at, quarter_key)
select a.id, s.status,
       'Update ' || u || ': the subgroup reviewed progress; ' || repeat('partners have agreed the next steps. ', 4),
       case when (a.id + u) % 5 = 0 then 'https://example.org/evidence/' || a.id || '/' || u end,
       (select l.id from bench_leads l where l.n = (a.id + u) % (select leads from bench_counts)),
       p.at, pg_temp.quarter_key((p.at at time zone 'Europe/London')::date)
from plan_action a
cross join generate_series(1, 5) u
cross join lateral (select case when a.id % 25 = 0 then timestamptz '2025-01-15 11:00+00'
                                else timestamptz '2025-02-01 09:00+00'
                                    + make_interval(days => (u - 1) * 91 + (a.id * 13 % 60)::int, mins => (a.id % 480)::int) end as at) p
cross join lateral (select (array['RED', 'AMBER', 'AMBER', 'GREEN', 'GREEN', 'GREEN', 'COMPLETE'])[1 + abs(hashint8(a.id * 10 + u)) % 7]
                        as status) s
where a.plan_id in (select id from plan where title like 'Bench yearly %')
  and a.id % 50 <> 1
  and (a.id % 25 <> 0 or u = 1);

-- ---------------------------------------------------------------------------------------------------------------
-- 500 review cases
create temporary table bench_case as
select i,
       date '2025-03-12' + ((i * 7919) % 385)::int as referred_on,
       case when i % 10 <= 5 then 'NOTIFY' when i % 10 <= 8 then 'DO_NOT_NOTIFY' end as decision,
       case when (i / 10) % 10 <= 2 then 'LOCAL_PRACTICE_REVIEW' when (i / 10) % 10 <= 4 then 'OTHER_LEARNING_REVIEW'
            else 'NO_FURTHER_REVIEW' end as review_decision
from generate_series(1, 500) i;
alter table bench_case add column la_aware date, add column sent date, add column submitted date, add column review_decided date,
    add column final_sent date, add column published_on date;
update bench_case set la_aware = referred_on - (i % 3);
update bench_case set sent = la_aware + 2 + (i % 7) where decision = 'NOTIFY';
update bench_case set submitted = sent + 14 + (i % 10) where decision = 'NOTIFY';
update bench_case set review_decided = submitted + 14 + (i % 20) where decision = 'NOTIFY';
update bench_case set final_sent = review_decided + 150 + (i % 60)
    where review_decision = 'LOCAL_PRACTICE_REVIEW' and decision = 'NOTIFY' and i % 5 <> 4;
update bench_case set published_on = final_sent + 25 + (i % 20) where final_sent is not null and i % 3 <> 2;

insert into serious_incident (reference, child_pseudonym, referring_agency_id, referred_by, referred_at, what_happened, incident_date,
                              la_aware_date, abuse_or_neglect, harm, looked_after, stage, notification_due, notification_decision,
                              decision_reasons, decided_by, decided_at, notification_sent_date, ofsted_notified_date, kind)
select 'SI-BY-' || lpad(c.i::text, 4, '0'), 'Child B' || c.i,
       (select a.id from bench_agencies a where a.n = c.i % (select agencies from bench_counts)),
       (select l.id from bench_leads l where l.n = c.i % (select leads from bench_counts)),
       pg_temp.at_ten(c.referred_on),
       'What happened, as the referring agency knows it. ' || repeat('Details of the incident. ', 10),
       c.la_aware - 1, c.la_aware,
       (array['KNOWN', 'SUSPECTED'])[1 + c.i % 2], (array['DIED', 'SERIOUS_HARM', 'SERIOUS_HARM'])[1 + c.i % 3], c.i % 4 = 0,
       case when c.decision is null then 'REFERRED'
            when c.decision = 'DO_NOT_NOTIFY' then 'NOT_NOTIFIED'
            when c.review_decision = 'LOCAL_PRACTICE_REVIEW' then case when c.published_on is not null then 'PUBLISHED' else 'LOCAL_REVIEW' end
            else 'CLOSED' end,
       c.la_aware + 7, c.decision,
       case when c.decision = 'DO_NOT_NOTIFY' then 'The criteria for a notification are not met: ' || repeat('reasons. ', 10) end,
       case when c.decision is not null then (select l.id from bench_leads l where l.n = (c.i + 1) % (select leads from bench_counts)) end,
       case when c.decision = 'NOTIFY' then pg_temp.at_ten(c.sent)
            when c.decision = 'DO_NOT_NOTIFY' then pg_temp.at_ten(c.la_aware + 1 + (c.i % 6)) end,
       c.sent, c.sent,
       case when c.i % 25 = 0 then 'CARE_LEAVER_DEATH' else 'SERIOUS_INCIDENT' end
from bench_case c order by c.i;

create temporary table bench_incident as
select c.*, s.id as incident_id from bench_case c join serious_incident s on s.reference = 'SI-BY-' || lpad(c.i::text, 4, '0');

insert into child_identity (incident_id, full_name, date_of_birth, recorded_by, recorded_at)
select b.incident_id, 'Bench Child ' || b.i, date '2012-01-01' + (b.i * 17 % 4000)::int,
       (select min(id) from bench_leads), pg_temp.at_ten(b.referred_on)
from bench_incident b;

insert into rapid_review (incident_id, due_date, panel_meeting_date, immediate_safety_actions, learning_identified, la_signed_off,
                          police_signed_off, health_signed_off, submitted_to_panel, panel_response, decision,
                          national_review_appropriate, decision_rationale, decided_at, closed_at, decision_date)
select b.incident_id, b.sent + 21, b.sent + 10, 'Safety plans for the siblings; ' || repeat('actions taken. ', 8),
       'What the rapid review identified. ' || repeat('Learning. ', 10), b.submitted - 2, b.submitted - 1, b.submitted - 1,
       b.submitted, 'The Panel agreed with the partnership''s decision.', b.review_decision, b.i % 20 = 0,
       'Why the partnership decided so. ' || repeat('Rationale. ', 8), pg_temp.at_ten(b.review_decided),
       case when b.review_decision <> 'LOCAL_PRACTICE_REVIEW' then pg_temp.at_ten(b.review_decided) end, b.review_decided
from bench_incident b where b.decision = 'NOTIFY';

insert into agency_summary (incident_id, agency_id, due_date, summary, returned_at, returned_by)
select b.incident_id, (select a.id from bench_agencies a where a.n = (b.i + k) % (select agencies from bench_counts)), b.sent + 7,
       'The agency''s involvement with the child and family. ' || repeat('Summary. ', 20), pg_temp.at_ten(b.sent + 5 + k),
       (select l.id from bench_leads l where l.n = (b.i + k) % (select leads from bench_counts))
from bench_incident b cross join generate_series(0, 2) k where b.decision = 'NOTIFY';

insert into practice_review (incident_id, decision_date, target_completion, reviewer, terms_of_reference, final_report_sent,
                             publication_date, publication_link, improvements_summary, published_at)
select b.incident_id, b.review_decided, (b.review_decided + interval '6 months')::date, 'Independent reviewer ' || (b.i % 7),
       'Terms of reference: ' || repeat('the questions the review will answer. ', 10), b.final_sent,
       case when b.final_sent is not null then b.final_sent + 35 end,
       case when b.published_on is not null then 'https://example.org/reviews/' || b.i end,
       case when b.published_on is not null then 'What has improved since. ' || repeat('Improvements. ', 10) end,
       case when b.published_on is not null then pg_temp.at_ten(b.published_on) end
from bench_incident b where b.decision = 'NOTIFY' and b.review_decision = 'LOCAL_PRACTICE_REVIEW';

-- 3 findings per decided rapid review, 1-2 themes each (every 15th untagged)
insert into finding (incident_id, text, created_at)
select b.incident_id, 'Finding ' || f || ' for case ' || b.i || ': ' || repeat('what the review found. ', 6),
       pg_temp.at_ten(b.review_decided + f)
from bench_incident b cross join generate_series(1, 3) f where b.decision = 'NOTIFY';

insert into finding_theme (finding_id, theme_id)
select f.id, t.id from finding f join bench_incident b on b.incident_id = f.incident_id
join review_theme t on t.id in ((select min(id) from review_theme) + f.id % 13, (select min(id) from review_theme) + (f.id * 7 + 3) % 13)
where f.id % 15 <> 0;

-- 4 recommendations per local or other learning review, against its findings
insert into recommendation (incident_id, finding_id, text, owner_agency_id, due_date, created_at, evidence_of_impact, impact_recorded_at)
select b.incident_id, (select f.id from finding f where f.incident_id = b.incident_id order by f.id offset (r - 1) % 3 limit 1),
       'Recommendation ' || r || ' for case ' || b.i || ': ' || repeat('partners should strengthen practice. ', 4),
       (select a.id from bench_agencies a where a.n = (b.i + r) % (select agencies from bench_counts)),
       b.review_decided + 120 + r * 30, pg_temp.at_ten(b.review_decided + 5),
       case when (b.i + r) % 4 = 0 then 'Audit evidence of the difference made. ' || repeat('Impact. ', 6) end,
       case when (b.i + r) % 4 = 0 then pg_temp.at_ten(b.review_decided + 200) end
from bench_incident b cross join generate_series(1, 4) r
where b.decision = 'NOTIFY' and b.review_decision in ('LOCAL_PRACTICE_REVIEW', 'OTHER_LEARNING_REVIEW');

-- their business plan actions (as ActionProposed makes them), every 10th recommendation not yet an action
insert into plan_action (title, lead_agency_id, due_date, source_type, source_reference, source_id, status, created_at, position)
select left(r.text, 200), r.owner_agency_id, r.due_date, 'REVIEW_RECOMMENDATION', s.reference, r.id, 'NOT_STARTED', r.created_at, 0
from recommendation r join serious_incident s on s.id = r.incident_id
where s.reference like 'SI-BY-%' and r.id % 10 <> 0;

insert into plan_update (action_id, status, commentary, evidence_link, posted_by, posted_at, quarter_key)
select a.id, (array['RED', 'AMBER', 'GREEN', 'GREEN', 'COMPLETE'])[1 + abs(hashint8(a.id * 10 + u)) % 5],
       'Update ' || u || ' on the recommendation. ' || repeat('Progress made. ', 4),
       case when u = 2 then 'https://example.org/evidence/r' || a.id end,
       (select l.id from bench_leads l where l.n = (a.id + u) % (select leads from bench_counts)), p.at,
       pg_temp.quarter_key((p.at at time zone 'Europe/London')::date)
from plan_action a cross join generate_series(1, 3) u
cross join lateral (select a.created_at + make_interval(days => u * 60) as at) p
where a.source_type = 'REVIEW_RECOMMENDATION' and a.source_reference like 'SI-BY-%' and (a.id + u) % 4 <> 0;

-- learning products: a learning brief per published review, a 7-minute briefing per other learning review
insert into learning_product (incident_id, kind, title, published_on)
select b.incident_id, case when b.review_decision = 'LOCAL_PRACTICE_REVIEW' then 'LEARNING_BRIEF' else 'SEVEN_MINUTE_BRIEFING' end,
       'Learning from case ' || b.i,
       case when b.review_decision = 'LOCAL_PRACTICE_REVIEW' then b.published_on else b.review_decided + 60 end
from bench_incident b
where b.decision = 'NOTIFY' and (b.published_on is not null or b.review_decision = 'OTHER_LEARNING_REVIEW');

insert into learning_dissemination (product_id, agency_id, disseminated_on)
select p.id, a.id, p.published_on + 7 + a.n::int
from learning_product p join bench_incident b on b.incident_id = p.incident_id
join bench_agencies a on a.n < 5
where p.published_on is not null;

-- ---------------------------------------------------------------------------------------------------------------
-- what PlanAction.report leaves on every action with updates
with ranked as (
    select pu.action_id, pu.status, pu.posted_at, pg_temp.quarter_key((pu.posted_at at time zone 'UTC')::date) as qk,
           row_number() over (partition by pu.action_id order by pu.posted_at desc, pu.id desc) as rn
    from plan_update pu
    where pu.action_id in (select id from plan_action where plan_id in (select id from plan where title like 'Bench yearly %')
                           or source_reference like 'SI-BY-%')
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

-- ---------------------------------------------------------------------------------------------------------------
-- the saved yearly report for the year (a draft: its figures are live), with a narrative in every section but scrutiny
insert into yearly_report (period_from, period_to, title, publish_by, status, created_by, created_at, updated_at)
values (date '2025-04-01', date '2026-03-31', 'Yearly report 2025 to 2026', date '2026-09-30', 'DRAFT',
        (select min(id) from bench_leads), now(), now())
on conflict (period_from, period_to) do nothing;
insert into yearly_report_section (report_id, section, narrative, updated_by, updated_at)
select r.id, s.section, case when s.section <> 'SCRUTINY' then 'What the partnership did in the year. ' || repeat('Narrative. ', 40) end,
       case when s.section <> 'SCRUTINY' then (select min(id) from bench_leads) end, case when s.section <> 'SCRUTINY' then now() end
from yearly_report r
cross join (values ('PRIORITIES'), ('REVIEWS'), ('QUALITY_ASSURANCE'), ('SCORECARD'), ('TRAINING'), ('CHALLENGE'), ('VOICE'), ('SCRUTINY')) s (section)
where r.period_from = date '2025-04-01' and r.period_to = date '2026-03-31'
on conflict (report_id, section) do nothing;

commit;
analyze;

select (select count(*) from plan) as plans, (select count(*) from plan_priority) as priorities,
       (select count(*) from plan_action) as actions,
       (select count(*) from plan_action where plan_id is not null) as in_plans,
       (select count(*) from plan_action where source_type = 'REVIEW_RECOMMENDATION') as from_recommendations,
       (select count(*) from plan_update) as updates,
       (select count(*) from plan_update where posted_at >= timestamptz '2025-04-01 00:00 Europe/London'
                                         and posted_at < timestamptz '2026-04-01 00:00 Europe/London') as updates_in_year;
select (select count(*) from serious_incident) as incidents, (select count(*) from child_identity) as identities,
       (select count(*) from rapid_review) as rapid_reviews, (select count(*) from agency_summary) as agency_summaries,
       (select count(*) from practice_review) as practice_reviews, (select count(*) from finding) as findings,
       (select count(*) from finding_theme) as finding_themes, (select count(*) from recommendation) as recommendations,
       (select count(*) from learning_product) as learning_products, (select count(*) from learning_dissemination) as disseminations,
       (select count(*) from yearly_report) as yearly_reports, (select count(*) from yearly_report_section) as report_sections;
select stage, count(*) from serious_incident group by stage order by stage;
select status, count(*) from plan_action group by status order by status;
