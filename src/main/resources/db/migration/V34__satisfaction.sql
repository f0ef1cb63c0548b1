-- Issue 16 §1, satisfaction. A CSAT survey is one row per ticket resolution: the unique
-- (ticket, resolution) is what makes a redelivered "solved" event, or two nodes hearing it, ask
-- once. The row keeps who and what was rated (the agent, the bot, the order's restaurant and
-- courier) as they were when the ticket was solved, and the answer once it comes.
create table csat_surveys (
    id uuid not null primary key,
    ticket_id uuid not null,
    ticket_number bigint not null,
    resolution integer not null,
    conversation_id uuid not null,
    customer_role varchar(16) not null,
    customer_id varchar(64) not null,
    channel varchar(16) not null,
    language varchar(8) not null,
    operator_id varchar(64),
    operator_name varchar(200),
    solved_by_bot boolean not null,
    order_id varchar(64),
    order_number varchar(64),
    restaurant varchar(200),
    courier varchar(200),
    city varchar(100),
    asked_at timestamp with time zone not null,
    score smallint,
    comment varchar(1000),
    rated_at timestamp with time zone,
    follow_up boolean default false not null,
    constraint csat_surveys_once unique (ticket_id, resolution),
    constraint csat_surveys_score check (score is null or (score between 1 and 5))
);

create index csat_surveys_by_rated_at on csat_surveys (rated_at);
create index csat_surveys_by_operator on csat_surveys (operator_id, rated_at);
create index csat_surveys_by_customer on csat_surveys (customer_role, customer_id);

-- The feedback settings (the low-rating threshold, the NPS sample and interval): every save a new
-- version, as the escalation rules.
create table feedback_settings (
    version integer not null primary key,
    settings varchar(2000) not null,
    edited_by varchar(200) not null,
    edited_at timestamp with time zone not null,
    comment varchar(500)
);

-- NPS: one row per customer, the last time they were asked. The row is the gate: a conditional
-- update under its lock lets one question through per interval, however many orders are delivered
-- at once.
create table nps_customers (
    customer_role varchar(16) not null,
    customer_id varchar(64) not null,
    last_asked_at timestamp with time zone not null,
    primary key (customer_role, customer_id)
);

-- One question per delivered order at most (unique order), answered once.
create table nps_questions (
    id uuid not null primary key,
    order_id varchar(64) not null,
    customer_role varchar(16) not null,
    customer_id varchar(64) not null,
    conversation_id uuid not null,
    city varchar(100),
    language varchar(8) not null,
    asked_at timestamp with time zone not null,
    score smallint,
    answered_at timestamp with time zone,
    constraint nps_questions_once unique (order_id),
    constraint nps_questions_score check (score is null or (score between 0 and 10))
);

create index nps_questions_by_answered_at on nps_questions (answered_at);

-- Quick replies that answer on the side (a rating): the message choosing one does not move the
-- conversation on (conversations.QuickReply#aside).
alter table message_actions add column aside boolean default false not null;
alter table messages add column aside boolean default false not null;
