-- Governance indexes found missing by scripts/bench-governance.sh (20,000 actions, docs/performance.md):
-- the action log, soonest due first ("order by a.due_date, a.id fetch first 200 rows only", with no filter or only
-- "overdue"), read every action and sorted them, as gov_action_status_due_idx leads with the status;
-- a meeting's actions ("where a.item_id in (...)", on every meeting page) read every action, as decisions and papers
-- have an index on their item but actions had none.
create index gov_action_due_idx on gov_action (due_date, id);
create index gov_action_item_idx on gov_action (item_id);
