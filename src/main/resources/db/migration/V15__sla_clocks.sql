-- Issue 12, service levels. Policies are versioned like the playbook settings: an edit is a new row.
create table sla_policies (
    version integer not null primary key,
    policies varchar(20000) not null,
    edited_by varchar(200) not null,
    edited_at timestamp with time zone not null,
    comment varchar(500)
);

-- A ticket's clocks: at most one row per ticket and target (first response, next response,
-- resolution), reused by each new run. Written in the transaction of the ticket change that
-- starts, pauses, resumes or stops it; run counts the timers' generations, so a timer of an
-- earlier run finds nothing to do.
create table sla_clocks (
    id uuid not null primary key,
    ticket_id uuid not null,
    ticket_number bigint not null,
    line varchar(32) not null,
    target varchar(32) not null,
    policy varchar(100) not null,
    budget_seconds bigint not null,
    state varchar(16) not null,
    run integer not null,
    started_at timestamp with time zone not null,
    due_at timestamp with time zone,
    amber_at timestamp with time zone,
    red_at timestamp with time zone,
    remaining_seconds bigint,
    paused_at timestamp with time zone,
    paused_seconds bigint not null,
    warned_at timestamp with time zone,
    breached_at timestamp with time zone,
    stopped_at timestamp with time zone,
    constraint sla_clocks_one_per_target unique (ticket_id, target)
);
-- The board: what is running, soonest due first; at risk and breached per line.
create index sla_clocks_running_by_due on sla_clocks (state, due_at);
create index sla_clocks_by_line on sla_clocks (line, state, amber_at);

-- The queue sorts what waits by urgency, then by its nearest due instant (kept by the ticket,
-- from its clocks), then by age.
alter table tickets add column sla_due_at timestamp with time zone;
create index tickets_by_bucket_due on tickets (queue_bucket, priority_rank desc, sla_due_at, updated_at);
