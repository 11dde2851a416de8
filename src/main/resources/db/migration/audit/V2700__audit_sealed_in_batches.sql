-- The audit trail's writers no longer wait for each other: an entry is inserted in the caller's transaction with its
-- own number (the sequence created by V2701) and a row in audit_pending, with no shared lock. One background sealer
-- takes the pending entries in order, links each to the one before in the hash chain (audit_seal: its place in the
-- chain, the previous hash and its own), closes the batch with a Merkle root of the batch's hashes (audit_batch, the
-- checkpoint), and removes them from audit_pending, all in one transaction. audit_entry, audit_seal and audit_batch
-- are only ever inserted into; on PostgreSQL the application's role is refused UPDATE and DELETE on them (V2701).

create table audit_seal (
    chain_seq   bigint primary key,
    entry_seq   bigint not null,
    batch_no    bigint not null,
    prev_hash   varchar(64) not null,
    entry_hash  varchar(64) not null,
    constraint audit_seal_entry_uk unique (entry_seq),
    constraint audit_seal_entry_fk foreign key (entry_seq) references audit_entry (seq)
);
create index audit_seal_batch_idx on audit_seal (batch_no, chain_seq);

create table audit_batch (
    batch_no        bigint primary key,
    first_chain_seq bigint not null,
    last_chain_seq  bigint not null,
    last_hash       varchar(64) not null,
    merkle_root     varchar(64),
    entries         integer not null,
    sealed_at       timestamp with time zone not null
);

-- entries written and committed but not yet sealed (a queue: the sealer deletes what it has sealed)
create table audit_pending (
    entry_seq bigint primary key
);

-- the chain so far becomes batch 0: each entry keeps its place, links and hash (the same hash, over the same fields)
insert into audit_seal (chain_seq, entry_seq, batch_no, prev_hash, entry_hash)
select seq, seq, 0, prev_hash, entry_hash from audit_entry;
insert into audit_batch (batch_no, first_chain_seq, last_chain_seq, last_hash, merkle_root, entries, sealed_at)
select 0, case when last_seq = 0 then 0 else 1 end, last_seq, last_hash, null, last_seq, current_timestamp from audit_chain_head where id = 1;

alter table audit_entry drop column prev_hash;
alter table audit_entry drop column entry_hash;
drop table audit_chain_head;
