-- Section 11 at scale for scripts/bench-selfassessment.sh: 60 agencies answering Section 11 (the demo's five and 55
-- more), three cycles a year apart, each agency's return of each cycle with all 8 standards rated (every seventh
-- agency's latest return still a draft, one in five ratings amber, one in eleven red, an action for each below green),
-- the older cycles moderated. PostgreSQL only (generate_series).
insert into organisation (name, org_type, active, created_at)
select 'Bench agency ' || lpad(g::text, 2, '0'), (array['HEALTH', 'LOCAL_AUTHORITY', 'POLICE', 'PROBATION', 'OTHER'])[1 + g % 5], true, now()
from generate_series(1, 55) g;

insert into sa_cycle (name, opens_on, due_on, created_by, created_at)
select 'Bench Section 11 audit ' || (2023 + c), make_date(2023 + c, 4, 1), make_date(2023 + c, 7, 31), (select min(id) from user_account), now()
from generate_series(0, 2) c;

insert into sa_return (cycle_id, agency_id, framework, status, submitted_by, submitted_at, senior_officer_name, senior_officer_role, signed_on,
                       moderated_by, moderated_at)
select cy.id, o.id, 'SECTION_11',
       case when cy.name like '%2025' and o.id % 7 = 0 then 'DRAFT' when cy.name like '%2025' then 'SUBMITTED' else 'MODERATED' end,
       (select min(id) from user_account), now(), 'Alex Marlowe', 'Director', cy.due_on - 3,
       case when cy.name like '%2025' then null else (select min(id) from user_account) end, case when cy.name like '%2025' then null else now() end
from sa_cycle cy cross join organisation o
where cy.name like 'Bench Section 11 audit %' and o.org_type not in ('PARTNERSHIP', 'EDUCATION', 'VOLUNTARY_SECTOR');

insert into sa_answer (return_id, standard_id, rating, narrative, evidence, action_text, action_owner, action_due, moderated_rating)
select r.id, s.id,
       case when (r.id + s.id) % 11 = 0 then 'RED' when (r.id + s.id) % 5 = 0 then 'AMBER' else 'GREEN' end,
       'Arrangements in place and checked by audit.', 'Policy and audit report',
       case when (r.id + s.id) % 11 = 0 or (r.id + s.id) % 5 = 0 then 'Review the arrangements' end,
       case when (r.id + s.id) % 11 = 0 or (r.id + s.id) % 5 = 0 then 'Head of Safeguarding' end,
       case when (r.id + s.id) % 11 = 0 or (r.id + s.id) % 5 = 0 then date '2026-03-31' end,
       case when r.status = 'MODERATED' then case when (r.id + s.id) % 11 = 0 then 'RED' when (r.id + s.id) % 5 = 0 then 'AMBER' else 'GREEN' end end
from sa_return r join sa_cycle cy on cy.id = r.cycle_id cross join sa_standard s
where cy.name like 'Bench Section 11 audit %' and s.framework = 'SECTION_11' and s.active;

select 'agencies answering Section 11: ' || count(distinct agency_id) || ', returns ' || count(*) from sa_return r join sa_cycle c on c.id = r.cycle_id
where c.name like 'Bench Section 11 audit %';
