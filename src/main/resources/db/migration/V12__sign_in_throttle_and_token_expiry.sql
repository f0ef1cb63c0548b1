-- access (issue 10): failed sign-ins counted in the database (every node sees the same count),
-- by account, by address and by the pair; one row per key, incremented atomically.
create table sign_in_throttle (
    scope varchar(8) not null,
    subject varchar(128) not null,
    failures integer not null,
    last_failure_at timestamp with time zone not null,
    locked_until timestamp with time zone,
    primary key (scope, subject)
);

-- What happened at the door: sign-ins (failed, refused while locked, succeeded) and personal
-- API tokens (created, revoked). Append-only; supervisors read it through the agent API.
create table access_audit (
    id uuid not null primary key,
    at timestamp with time zone not null,
    event varchar(32) not null,
    username varchar(64) not null,
    operator_id uuid,
    address varchar(64),
    detail varchar(200)
);
create index access_audit_by_time on access_audit (at);

-- Personal API tokens expire. Tokens issued before expiry existed get 90 days from now.
alter table api_tokens add column expires_at timestamp with time zone;
update api_tokens set expires_at = current_timestamp + interval '90' day where expires_at is null;
alter table api_tokens alter column expires_at set not null;
