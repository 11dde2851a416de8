-- A member's private calendar link: calendar programs subscribe without signing in, so the link itself is the secret.
-- Only its SHA-256 is kept; making a new link replaces the old one.
create table gov_calendar_link (
    person_id   bigint primary key,
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    constraint gov_calendar_link_token_uk unique (token_hash)
);
