-- Incident playbooks, the compensation ledger, the platform outbox and the persisted scheduler.
-- Same file on H2 (MODE=PostgreSQL) and PostgreSQL.

-- db-scheduler's table: timers and retries survive a restart, and each execution is picked by one node.
create table scheduled_tasks (
    task_name varchar(100) not null,
    task_instance varchar(200) not null,
    task_data bytea,
    execution_time timestamp with time zone not null,
    picked boolean not null,
    picked_by varchar(50),
    last_success timestamp with time zone,
    last_failure timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat timestamp with time zone,
    version bigint not null,
    priority smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority on scheduled_tasks (priority, execution_time);

-- ledger: append-only, double-entry, in so'm. A transaction is never updated or deleted; a correction
-- is a new transaction that reverses it (at most one reversal per transaction).
create table ledger_transactions (
    id uuid not null primary key,
    idempotency_key varchar(200) not null,
    kind varchar(32) not null,
    customer_id varchar(64) not null,
    amount bigint not null,
    ticket_id uuid,
    order_id varchar(64),
    incident_id uuid,
    option_code varchar(64),
    actor_kind varchar(16) not null,
    actor_id varchar(64),
    actor_name varchar(200),
    approved_by varchar(200),
    reason varchar(500) not null,
    reverses_id uuid references ledger_transactions (id),
    created_at timestamp with time zone not null,
    constraint ledger_transactions_key unique (idempotency_key),
    constraint ledger_transactions_one_reversal unique (reverses_id)
);
create index ledger_transactions_by_customer on ledger_transactions (customer_id, created_at);
create index ledger_transactions_by_actor on ledger_transactions (actor_id, created_at);
create index ledger_transactions_by_time on ledger_transactions (created_at);

create table ledger_entries (
    transaction_id uuid not null references ledger_transactions (id),
    position integer not null,
    account varchar(120) not null,
    amount bigint not null,
    primary key (transaction_id, position)
);
create index ledger_entries_by_account on ledger_entries (account);

-- quick replies: the actions a support message offers, and the one a customer's message chose
create table message_actions (
    action_id varchar(120) not null primary key,
    conversation_id uuid not null references conversations (id),
    message_id uuid not null references messages (id),
    position integer not null,
    label varchar(200) not null
);
create index message_actions_by_message on message_actions (message_id);
alter table messages add column action_id varchar(120);

-- the platform outbox: what support asked the platform to do, until the platform has done it
create table platform_actions (
    id uuid not null primary key,
    idempotency_key varchar(200) not null,
    order_id varchar(64) not null,
    type varchar(64) not null,
    payload varchar(4000) not null,
    requested_for varchar(200),
    status varchar(16) not null,
    attempts integer not null,
    last_error varchar(500),
    platform_reference varchar(200),
    created_at timestamp with time zone not null,
    sent_at timestamp with time zone,
    constraint platform_actions_key unique (idempotency_key)
);
create index platform_actions_by_order on platform_actions (order_id);
create index platform_actions_by_requester on platform_actions (requested_for);

-- incidents: one playbook run on a ticket
create table incidents (
    id uuid not null primary key,
    -- empty for a moment when support reaches out first: the ticket opens after the conversation
    ticket_id uuid,
    conversation_id uuid not null,
    order_id varchar(64) not null,
    customer_id varchar(64) not null,
    type varchar(32) not null,
    status varchar(32) not null,
    facts varchar(4000) not null,
    offer varchar(4000),
    chosen_option varchar(64),
    chosen_by varchar(200),
    requested_by_id varchar(64),
    requested_by_name varchar(200),
    requested_by_role varchar(16),
    approval_reason varchar(200),
    decided_by varchar(200),
    decision_note varchar(500),
    actions_pending integer not null,
    cost bigint not null,
    fault varchar(32),
    fault_note varchar(1000),
    fault_by varchar(200),
    restaurant_name varchar(200),
    courier_name varchar(200),
    city varchar(64),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    resolved_at timestamp with time zone,
    version bigint not null,
    -- one claim of a kind per order: a second is the same claim again
    constraint incidents_one_per_order_and_type unique (order_id, type)
);
create index incidents_by_conversation on incidents (conversation_id);
create index incidents_by_ticket on incidents (ticket_id);
create index incidents_by_customer on incidents (customer_id, created_at);
create index incidents_by_status on incidents (status, updated_at);
create index incidents_by_time on incidents (created_at);

create table incident_log (
    incident_id uuid not null references incidents (id),
    position integer not null,
    at timestamp with time zone not null,
    actor varchar(200) not null,
    action varchar(64) not null,
    detail varchar(1000),
    primary key (incident_id, position)
);

-- playbook settings: amounts, brackets, limits and thresholds; each edit is a new version (history)
create table playbook_settings (
    version integer not null primary key,
    settings varchar(8000) not null,
    edited_by varchar(200) not null,
    edited_at timestamp with time zone not null,
    comment varchar(500)
);

-- what the owning department is asked to look into once the customer has been served
create table department_tasks (
    id uuid not null primary key,
    department varchar(32) not null,
    incident_id uuid not null,
    ticket_id uuid not null,
    order_id varchar(64) not null,
    fault varchar(32) not null,
    summary varchar(2000) not null,
    status varchar(16) not null,
    created_at timestamp with time zone not null,
    done_at timestamp with time zone,
    done_by varchar(200),
    constraint department_tasks_one_per_incident unique (incident_id)
);
create index department_tasks_queue on department_tasks (department, status, created_at);
