-- The bot answers first: a ticket can wait with the bot (status BOT) before any person sees it.
alter table tickets add column with_bot boolean default false not null;

-- One row per conversation the bot has seen: where the dialogue stands, what it has
-- gathered, and how it ended (contained by the bot, or handed to a person).
create table bot_sessions (
    conversation_id uuid not null primary key,
    ticket_id uuid not null,
    customer_id varchar(64) not null,
    language varchar(8) not null,
    mode varchar(16) not null,
    step varchar(24) not null,
    intent varchar(32),
    confidence double precision,
    order_id varchar(64),
    facts varchar(4000) not null,
    offered varchar(1000),
    incident_id uuid,
    unsure_count integer not null,
    last_seq bigint not null,
    dialogue_from bigint default 0 not null,
    outcome varchar(16),
    handoff_reason varchar(64),
    started_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    closed_at timestamp with time zone,
    recontacted_at timestamp with time zone,
    version bigint not null
);
create index bot_sessions_by_customer on bot_sessions (customer_id, started_at);
create index bot_sessions_by_incident on bot_sessions (incident_id);
create index bot_sessions_by_closed on bot_sessions (closed_at);
