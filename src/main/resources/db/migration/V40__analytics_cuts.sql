-- Issue 16, the leftovers: retention by compensation option, dishes, article views and their
-- deflection, and the queue by channel.

-- What each ledger transaction paid on a ticket, under the playbook's option (its posting kind when it
-- names none); a reversal is a row of its own with the negative amount. Retention by option reads a
-- ticket's net amount per option.
create table analytics_compensations (
    transaction_id uuid not null primary key,
    ticket_id uuid not null,
    option_code varchar(64) not null,
    amount bigint not null,
    posted_at timestamp with time zone not null
);
create index analytics_compensations_by_ticket on analytics_compensations (ticket_id);

-- Dishes (the platform's sku) as the orders named them: the dish cut's labels.
create table analytics_dishes (
    sku varchar(64) not null primary key,
    name varchar(200) not null,
    restaurant varchar(200)
);

-- Each contact's dishes (those of its order), so that a dish's number drills down to its tickets.
create table analytics_ticket_dishes (
    sku varchar(64) not null,
    ticket_id uuid not null,
    constraint analytics_ticket_dishes_key primary key (sku, ticket_id)
);

-- The help centre's article reads; customer_id when a signed-in customer read it (deflection: no ticket
-- of theirs opened within the hour after).
create table analytics_article_views (
    view_id uuid not null primary key,
    article_id uuid not null,
    customer_id varchar(200),
    viewed_at timestamp with time zone not null
);
create index analytics_article_views_by_time on analytics_article_views (viewed_at);
create index analytics_tickets_by_customer on analytics_tickets (customer_id, opened_at);

-- The queue by channel (the review channel is the reputation queue): a page of one channel's waiting or
-- solved tickets reads this index in order instead of filtering every ticket of the bucket.
create index tickets_by_channel_bucket on tickets (channel, queue_bucket, updated_at);
