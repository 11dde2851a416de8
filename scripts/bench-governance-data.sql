-- Benchmark data for the governance pages (scripts/bench-governance.sh): 500 past meetings of the 4 demo boards (125
-- each, one every 3.5 days across the boards, the newest yesterday, the oldest about 4.8 years ago) plus one meeting
-- ahead for each board; 10 agenda items per past meeting (5,000, every 7th restricted), a paper on every other item,
-- 4 decisions per item (20,000, every 10th with 2 dissent rows: 4,000), 4 actions per item (20,000: 40% complete, 10%
-- closed not completed, 30% open, 20% in progress, due dates spread from 2 years ago to 1 year ahead, so about a third
-- of the actions are open or in progress and overdue), a follow-up asked for on every 20th item, and an attendance row
-- for each member of the board at each meeting plus 8 agency representatives in attendance. Every 20th decision mentions "neglect" (1,000), for the search.
-- Runs against a database the application has already migrated and seeded with its demo people (PostgreSQL only).
\set ON_ERROR_STOP on
begin;

create temporary table bench_today as select (now() at time zone 'UTC')::date as today;

-- the 4 demo boards, and their members (who attend and own actions)
create temporary table bench_board as
    select row_number() over (order by id) - 1 as n, id from hub_group;
create temporary table bench_member as
    select gm.group_id, row_number() over (partition by gm.group_id order by gm.user_id) - 1 as n, gm.user_id, u.full_name,
           o.name as agency_name, o.org_type, gm.role_in_group
    from group_membership gm join user_account u on u.id = gm.user_id join organisation o on o.id = u.organisation_id;
create temporary table bench_member_count as select group_id, count(*) as c from bench_member group by group_id;
create temporary table bench_by as select min(id) as id from user_account;

-- meetings: k = 1..500 in the past (k = 1 yesterday), then one ahead per board
create temporary table bench_meeting (k int primary key, id bigint, group_id bigint);
insert into bench_meeting (k, group_id)
select k, (select b.id from bench_board b where b.n = (k - 1) % (select count(*) from bench_board))
from generate_series(1, 504) k;

with ins as (
    insert into gov_meeting (group_id, starts_at, ends_at, place, online_link, minutes_published_at, created_at, created_by)
    select bm.group_id, s.starts_at, s.starts_at + interval '2 hours',
           'Committee Room ' || (bm.k % 5 + 1) || ', County Hall, Northshire',
           case when bm.k % 3 = 0 then 'https://meet.example/bench-' || bm.k end,
           case when bm.k <= 500 and bm.k > 4 then s.starts_at + interval '14 days' end,
           s.starts_at - interval '60 days', (select id from bench_by)
    from bench_meeting bm
    cross join lateral (
        select case when bm.k <= 500
                    then ((select today from bench_today) - (bm.k * 3.5)::int)::timestamp + interval '10 hours'
                    else ((select today from bench_today) + 7 * (bm.k - 500))::timestamp + interval '10 hours' end
               at time zone 'UTC' as starts_at) s
    order by bm.k
    returning id, group_id, starts_at
)
update bench_meeting bm set id = x.id
from (select id, row_number() over (order by id) as rn from ins) x
where x.rn = bm.k;

-- 10 agenda items per past meeting; k numbers them 1..5,000
create temporary table bench_item as
select (bm.k - 1) * 10 + p as k, bm.k as meeting_k, bm.id as meeting_id, bm.group_id, p as position
from bench_meeting bm cross join generate_series(1, 10) p
where bm.k <= 500;

insert into gov_agenda_item (meeting_id, position, title, presenter, restricted, discussion, minuted_at)
select bi.meeting_id, bi.position,
       case bi.position
           when 1 then 'Welcome, apologies and declarations of interest'
           when 2 then 'Minutes of the last meeting and matters arising'
           when 3 then 'Child safeguarding practice review: themes and learning (' || bi.k || ')'
           when 4 then 'Multi-agency audit of children missing from education (' || bi.k || ')'
           when 5 then 'Performance report: quarterly data set and exceptions'
           when 6 then 'Exploitation outside the home: partnership response (' || bi.k || ')'
           when 7 then 'Training and learning offer: uptake and evaluation'
           when 8 then 'Budget and partner contributions'
           when 9 then 'Risk register review'
           else 'Any other business' end,
       'Head of Safeguarding, Northshire County Council',
       bi.k % 7 = 0,
       'The board discussed the report. ' || repeat('Members asked about the evidence and the next steps. ', 6),
       (select m.starts_at + interval '3 days' from gov_meeting m where m.id = bi.meeting_id)
from bench_item bi
order by bi.k;

create temporary table bench_item_id as
select bi.*, i.id from bench_item bi join gov_agenda_item i on i.meeting_id = bi.meeting_id and i.position = bi.position;
create index on bench_item_id (k);

insert into gov_paper (item_id, file_id, title, restricted, added_at, added_by)
select bi.id, coalesce((select min(id) from stored_file), 0), 'Report to the board (' || bi.k || ')', bi.k % 7 = 0,
       now() - interval '10 days', (select id from bench_by)
from bench_item_id bi
where bi.k % 2 = 0;

-- attendance: every member of the board, one in eight sending apologies
insert into gov_attendance (meeting_id, person_id, name, agency_name, agency_type, role_in_group, member, status)
select bm.id, mb.user_id, mb.full_name, mb.agency_name, mb.org_type, mb.role_in_group, true,
       case when (bm.k + mb.n) % 8 = 0 then 'APOLOGIES' else 'PRESENT' end
from bench_meeting bm join bench_member mb on mb.group_id = bm.group_id
where bm.k <= 500;
-- the demo boards have only 0 to 2 members each, so 8 agency representatives in attendance (not members) as well
insert into gov_attendance (meeting_id, person_id, name, agency_name, agency_type, role_in_group, member, status)
select bm.id, null, 'Agency representative ' || r, 'Partner agency ' || r, null, null, false, 'IN_ATTENDANCE'
from bench_meeting bm cross join generate_series(1, 8) r
where bm.k <= 500;

-- 4 decisions per item; k numbers them 1..20,000
insert into gov_decision (meeting_id, item_id, decision, rationale, decided_by, vote_taken, votes_for, votes_against,
                          votes_abstaining, recorded_at, recorded_by)
select bi.meeting_id, bi.id,
       'Decision ' || d.k || ': the board agreed to ' ||
           case when d.k % 20 = 0 then 'commission a multi-agency audit of neglect cases and report back in six months'
                when d.k % 4 = 1 then 'adopt the revised escalation protocol across all partner agencies'
                when d.k % 4 = 2 then 'fund two further practitioner learning events from the partnership budget'
                when d.k % 4 = 3 then 'accept the review''s recommendations and track them through the action log'
                else 'ask the subgroup to refresh its workplan against the partnership priorities' end,
       'Because the evidence presented showed a gap in the partnership''s response. ' || repeat('Rationale text. ', 8),
       'Safeguarding partners', d.k % 10 = 0,
       case when d.k % 10 = 0 then 5 end, case when d.k % 10 = 0 then 2 end, case when d.k % 10 = 0 then 1 end,
       (select m.starts_at + interval '3 days' from gov_meeting m where m.id = bi.meeting_id), (select id from bench_by)
from bench_item_id bi cross join lateral (select (bi.k - 1) * 4 + j as k from generate_series(1, 4) j) d
order by d.k;

insert into gov_dissent (decision_id, name, person_id)
select d.id, 'Dissenting member ' || j, null
from gov_decision d cross join generate_series(1, 2) j
where d.votes_against is not null;

-- 4 actions per item; k numbers them 1..20,000
insert into gov_action (meeting_id, item_id, description, owner_id, owner_name, due_date, status, latest_update,
                        updated_at, updated_by, created_at)
select bi.meeting_id, bi.id,
       'Action ' || a.k || ': circulate the revised multi-agency guidance to all practitioners and confirm it has been '
           || 'cascaded through each agency''s safeguarding leads',
       mb.user_id, coalesce(mb.full_name, 'Partnership business unit'),
       (select today from bench_today) - 730 + ((a.k * 37) % 1095),
       st.status,
       case when st.status <> 'OPEN' then 'Progress reported to the board: guidance circulated to most agencies.' end,
       case when st.status <> 'OPEN' then now() - interval '5 days' end,
       case when st.status <> 'OPEN' then (select id from bench_by) end,
       now() - interval '400 days'
from bench_item_id bi
cross join lateral (select (bi.k - 1) * 4 + j as k from generate_series(1, 4) j) a
cross join lateral (select case when a.k % 10 < 4 then 'COMPLETE' when a.k % 10 = 4 then 'CLOSED_NOT_COMPLETED'
                                when a.k % 10 < 8 then 'OPEN' else 'IN_PROGRESS' end as status) st
left join bench_member mb on mb.group_id = bi.group_id
    and mb.n = a.k % coalesce((select c from bench_member_count c where c.group_id = bi.group_id), 1)
order by a.k;

-- a follow-up report asked for on every 20th item, due at the board's next meeting
insert into gov_follow_up (meeting_id, item_id, subject, report_from, due_meeting_id, due_item_id, created_at, created_by)
select bi.meeting_id, bi.id, 'Report back on progress with the audit findings (' || bi.k || ')', 'Head of Quality Assurance',
       nxt.id, null, now() - interval '30 days', (select id from bench_by)
from bench_item_id bi
left join bench_meeting nxt on nxt.k = bi.meeting_k - 4
where bi.k % 20 = 0;

commit;
analyze;
