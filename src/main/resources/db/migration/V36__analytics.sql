-- Issue 16 §3, analytics. Every figure is added once: a fact's key is written in the same
-- transaction as what it adds to the rollups, so a redelivered event finds its key and adds nothing.
create table analytics_facts (
    fact_key varchar(200) not null primary key,
    applied_at timestamp with time zone not null
);

-- Per local hour (in yordam.analytics.zone, Asia/Tashkent by default) and per one dimension's value:
-- how many (n) and their sum (total); bucket is the histogram bucket for times (0 for counts and sums),
-- so percentiles are read from summed buckets. dim 'ALL' with value '*' is the whole desk.
create table analytics_rollups (
    local_hour timestamp not null,
    metric varchar(32) not null,
    dim varchar(16) not null,
    dim_value varchar(200) not null,
    bucket integer not null,
    n bigint not null,
    total bigint not null,
    constraint analytics_rollups_key primary key (dim, dim_value, local_hour, metric, bucket)
);
create index analytics_rollups_by_cut on analytics_rollups (dim, local_hour);

-- One row per ticket: what the drill-down lists and what first-contact resolution is decided from.
create table analytics_tickets (
    ticket_id uuid not null primary key,
    ticket_number bigint not null,
    customer_id varchar(200),
    order_id varchar(200),
    channel varchar(16),
    line varchar(32),
    reason varchar(40),
    agent_id varchar(64),
    city varchar(200),
    restaurant varchar(200),
    courier varchar(200),
    opened_at timestamp with time zone not null,
    first_response_at timestamp with time zone,
    first_resolved_at timestamp with time zone,
    resolved_at timestamp with time zone,
    reopened_at timestamp with time zone,
    compensated_at timestamp with time zone,
    compensated_som bigint not null default 0,
    fcr_missed boolean not null default false
);
create index analytics_tickets_by_opening on analytics_tickets (opened_at);
create index analytics_tickets_by_resolution on analytics_tickets (resolved_at);
create index analytics_tickets_by_first_resolution on analytics_tickets (first_resolved_at);
create index analytics_tickets_by_order on analytics_tickets (customer_id, order_id, first_resolved_at);

-- Orders as created, for the retention after a contact (a customer's next order).
create table analytics_orders (
    order_id varchar(200) not null primary key,
    customer_id varchar(200),
    created_at timestamp with time zone not null
);
create index analytics_orders_by_customer on analytics_orders (customer_id, created_at);

-- Knowledge gaps: the questions the bot and the help centre's search could not answer, per local day,
-- language and normalised wording (a sample of the words as asked is kept).
create table analytics_questions (
    question_key varchar(200) not null,
    language varchar(8) not null,
    local_day date not null,
    n bigint not null,
    sample varchar(200) not null,
    constraint analytics_questions_key primary key (local_day, language, question_key)
);
