-- When each confirmed person was reminded of their session, and when each evaluator was asked for the follow-up,
-- so neither message is sent twice.
alter table training_booking add column reminded_at timestamp with time zone;
alter table training_evaluation add column follow_up_requested_at timestamp with time zone;
