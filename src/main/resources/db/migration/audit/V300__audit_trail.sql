-- Append-only, hash-chained audit trail. The application only ever inserts into audit_entry;
-- audit_chain_head holds the last sequence number and hash and is locked while an entry is appended.
create table audit_entry (
    seq           bigint primary key,
    occurred_at   timestamp with time zone not null,
    actor_user_id bigint,
    actor_name    varchar(200) not null,
    actor_agency  varchar(200),
    actor_roles   varchar(400),
    action        varchar(40)  not null,
    record_type   varchar(60)  not null,
    record_id     varchar(100),
    outcome       varchar(20)  not null,
    reason        varchar(1000),
    detail        text,
    prev_hash     varchar(64)  not null,
    entry_hash    varchar(64)  not null
);
create index audit_entry_actor_idx on audit_entry (actor_user_id, seq);
create index audit_entry_record_idx on audit_entry (record_type, record_id, seq);
create index audit_entry_time_idx on audit_entry (occurred_at);

create table audit_chain_head (
    id        int primary key,
    last_seq  bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
