-- Issue 12, escalation: the admins' rules (every save a new version, as the playbook settings), and
-- one row per escalation that happened. The unique key (ticket, trigger key) is what makes a trigger
-- escalate a ticket once, however often its event is redelivered and however many nodes hear it.
create table escalation_rules (
    version integer not null primary key,
    rules varchar(8000) not null,
    edited_by varchar(200) not null,
    edited_at timestamp with time zone not null,
    comment varchar(500)
);

create table escalations (
    id uuid not null primary key,
    ticket_id uuid not null,
    ticket_number bigint not null,
    line varchar(32) not null,
    trigger_key varchar(80) not null,
    trigger_kind varchar(32) not null,
    level varchar(16) not null,
    reason varchar(500),
    actor_name varchar(200) not null,
    at timestamp with time zone not null,
    constraint escalations_once unique (ticket_id, trigger_key)
);

create index escalations_at on escalations (at);
