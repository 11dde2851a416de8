-- Manager approval as a real step: the manager gets a link (only its hash is kept), approves or declines with a
-- reason; meanwhile the place is held until approval_due. approval: PENDING, APPROVED or DECLINED; null when the
-- course needs no approval.
alter table training_booking add column approval varchar(20);
alter table training_booking add column approval_token_hash varchar(64);
alter table training_booking add column approval_due timestamp with time zone;
alter table training_booking add column approval_decided_at timestamp with time zone;
alter table training_booking add column approval_reason varchar(1000);
create unique index training_booking_approval_token_idx on training_booking (approval_token_hash);
create index training_booking_approval_due_idx on training_booking (status, approval_due);
