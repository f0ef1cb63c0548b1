-- Notices (issue 17): what Yordam told a customer before they asked. One row per order and kind:
-- the unique key is the once, whichever node or redelivery decides it. A notice the customer's
-- preferences, quiet hours or rate limit held back is still a row (its status says why), so it is
-- not decided again and the agent sees it was not sent.
create table notices (
    id uuid not null primary key,
    order_id varchar(64) not null,
    kind varchar(32) not null,
    customer_id varchar(64) not null,
    order_number varchar(32) not null,
    locale varchar(2) not null,
    title varchar(200) not null,
    body varchar(2000) not null,
    status varchar(16) not null,
    created_at timestamp with time zone not null,
    constraint notices_once unique (order_id, kind)
);

create index notices_by_customer on notices (customer_id, created_at);

-- The notice policy, every save a new version (as the feedback settings).
create table notice_policy (
    version integer not null primary key,
    settings varchar(4000) not null,
    edited_by varchar(200) not null,
    edited_at timestamp with time zone not null,
    comment varchar(500)
);

-- A customer's choices per kind: a row only for a kind switched off (or on again).
create table notice_preferences (
    customer_id varchar(64) not null,
    kind varchar(32) not null,
    enabled boolean not null,
    primary key (customer_id, kind)
);

-- The rate limit's counter: notices sent to a customer in one hour. A conditional update under the
-- row's lock lets through at most the limit, however many notices are decided at once.
create table notice_rate (
    customer_id varchar(64) not null,
    hour_start timestamp with time zone not null,
    sent integer not null,
    primary key (customer_id, hour_start)
);

-- Late care: one row per order (the once), what was decided and paid.
create table late_care (
    order_id varchar(64) not null primary key,
    customer_id varchar(64) not null,
    city varchar(64) not null,
    outcome varchar(16) not null,
    amount bigint not null,
    minutes_late integer not null,
    eta timestamp with time zone,
    decided_at timestamp with time zone not null
);

-- A city's late-care spending per day, in its zone: the conditional update keeps it within budget.
create table late_care_budget (
    city varchar(64) not null,
    budget_day date not null,
    spent bigint not null,
    primary key (city, budget_day)
);
