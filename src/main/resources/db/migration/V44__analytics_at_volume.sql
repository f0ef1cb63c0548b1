-- Issue 16 §3, analytics on a million tickets. Whole days are read from daily rollups and whole weeks'
-- counts from weekly ones, kept beside the hourly rows in the same transaction (the fact that adds to an
-- hour adds to its day and its week), so a day is the sum of its hours and a week of its days. The hours
-- stay for "today" (the hourly trend) and for parts of days.

-- Per local day: as the hourly rows. Keyed by dimension and metric first: a cut reads only its metrics'
-- days.
create table analytics_daily (
    dim varchar(16) not null,
    metric varchar(32) not null,
    local_day date not null,
    dim_value varchar(200) not null,
    bucket integer not null,
    n bigint not null,
    total bigint not null,
    constraint analytics_daily_key primary key (dim, metric, local_day, dim_value, bucket)
);
-- The indexes carry the counts and sums, so that a page reads an index alone (an index-only scan) rather
-- than fetch each row from the table: a cut of dishes over a week is tens of thousands of rows.
-- A dimension's values by metric and day (cuts, their ranking, the recurring problems).
create index analytics_daily_cut on analytics_daily (dim, metric, local_day, dim_value, bucket, n, total);
-- One value's days (the desk's tiles, one restaurant's dashboard, a cut's busiest values read in full).
create index analytics_daily_by_value on analytics_daily (dim, dim_value, local_day, metric, bucket, n, total);

insert into analytics_daily (dim, metric, local_day, dim_value, bucket, n, total)
select dim, metric, cast(local_hour as date), dim_value, bucket, sum(n), sum(total)
from analytics_rollups
group by dim, metric, cast(local_hour as date), dim_value, bucket;

-- Per local week (from its Monday): counts and sums only, no buckets. What ranks a long period's cut
-- and judges the recurring problems, which read every value of a dimension.
create table analytics_weekly (
    dim varchar(16) not null,
    metric varchar(32) not null,
    week_start date not null,
    dim_value varchar(200) not null,
    n bigint not null,
    total bigint not null,
    constraint analytics_weekly_key primary key (dim, metric, week_start, dim_value)
);
create index analytics_weekly_cut on analytics_weekly (dim, metric, week_start, dim_value, n, total);

insert into analytics_weekly (dim, metric, week_start, dim_value, n, total)
select dim, metric, local_day - cast(extract(isodow from local_day) - 1 as integer), dim_value, sum(n), sum(total)
from analytics_daily
group by dim, metric, local_day - cast(extract(isodow from local_day) - 1 as integer), dim_value;

-- Cuts read the daily and weekly rows now; the hourly rows are read by one value's primary key prefix only.
drop index analytics_rollups_by_cut;

-- Retention after a contact: the customer's first order created after the ticket's opening, and the first
-- window (7 or 30 days) it fell in, kept on the ticket's row as the orders and the tickets arrive
-- (whichever comes first), so the page reads the period's rows alone instead of looking up each contact's
-- later orders.
alter table analytics_tickets add column next_order_at timestamp with time zone;
alter table analytics_tickets add column next_order_within integer;
update analytics_tickets set next_order_at = (
    select min(o.created_at) from analytics_orders o
    where o.customer_id = analytics_tickets.customer_id and o.created_at > analytics_tickets.opened_at)
where customer_id is not null;
update analytics_tickets set next_order_within = case when next_order_at <= opened_at + interval '7' day then 7
    when next_order_at <= opened_at + interval '30' day then 30 end
where next_order_at is not null;
-- What the retention page reads of the period's contacts, so that it reads the index alone.
create index analytics_tickets_for_retention on analytics_tickets (opened_at, compensated_som, next_order_within,
    customer_id, csat_score, ticket_id);

-- One row per customer seen: a new ticket's writer and a new order's writer lock it first, so that when
-- both are written at once the second sees the first (each would miss the other's uncommitted row).
create table analytics_customers (
    customer_id varchar(200) not null primary key
);
