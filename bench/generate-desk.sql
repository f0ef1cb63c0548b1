-- Fills a Yordam PostgreSQL schema (already migrated by Flyway) with a busy desk's history:
-- :tickets tickets, each with its conversation and :per messages, over 180 days, for 200 000 customers.
-- Usage: psql -h 127.0.0.1 -U postgres -d yordam_bench -v tickets=1000000 -v per=10 -f bench/generate-desk.sql
\timing on
set synchronous_commit = off;

insert into conversations (id, participant_id, participant_role, participant_name, participant_locale, order_id,
                           created_at, last_message_at, last_seq, participant_read_seq, support_read_seq, version)
select md5('c' || i)::uuid, 'bc-' || (i % 200000), 'CUSTOMER', 'Customer ' || (i % 200000),
       (array['ru','uz','en'])[1 + i % 3], null,
       now() - (i % 259200) * interval '1 minute', now() - (i % 259200) * interval '1 minute' + interval '20 minutes',
       :per, :per, :per, 0
from generate_series(1, :tickets) as i;

insert into messages (id, conversation_id, seq, author_kind, author_id, author_name, body, client_message_id, created_at)
select md5('m' || i || '-' || s)::uuid, md5('c' || i)::uuid, s,
       case when s % 2 = 1 then 'PARTICIPANT' else 'AGENT' end,
       case when s % 2 = 1 then 'bc-' || (i % 200000) else 'op' end,
       case when s % 2 = 1 then 'Customer ' || (i % 200000) else 'Operator' end,
       -- Customers' messages vary (12 phrasings in three languages, 20 dishes, the order's number), so that
       -- a search has selective and broad words to look for.
       case when s % 2 = 1 then (array['Где мой заказ?', 'Buyurtmam qayerda?', 'Where is my order?',
                                       'Курьер опаздывает уже на полчаса', 'Ovqat sovib qoldi', 'The food arrived cold',
                                       'Привезли не то блюдо', 'Notoʻgʻri taom keldi', 'Something is missing from my order',
                                       'Не хватает напитка', 'Ichimlik yetishmayapti', 'Please cancel my order'])[1 + (i + s) % 12]
                                || ' ' || (array['плов', 'лагман', 'манты', 'самса', 'шашлык', 'chuchvara', 'norin',
                                       'burger', 'pizza', 'lavash', 'shawarma', 'sushi', 'сомса', 'non', 'kabob',
                                       'dimlama', 'mastava', 'beshbarmoq', 'salad', 'cola'])[1 + i % 20]
                                || ' E24-' || i
            else 'Kuryer 5 daqiqada yetib keladi' end,
       'g-' || s, now() - (i % 259200) * interval '1 minute' + s * interval '1 minute'
from generate_series(1, :tickets) as i, generate_series(1, :per) as s;

insert into tickets (id, number, conversation_id, requester_id, requester_role, requester_name, line, status, priority, priority_rank,
                     category, assignee_id, assignee_name, order_id, subject, created_at, updated_at,
                     first_response_at, solved_at, version)
select md5('t' || i)::uuid, 5000000 + i, md5('c' || i)::uuid, 'bc-' || (i % 200000), 'CUSTOMER', 'Customer ' || (i % 200000),
       case when i % 10 = 0 then 'COURIERS' else 'CUSTOMERS_PARTNERS' end,
       case when i % 100 < 3 then 'NEW' when i % 100 < 5 then 'OPEN' when i % 100 < 8 then 'PENDING_CUSTOMER'
            when i % 100 < 10 then 'ON_HOLD' when i % 100 < 40 then 'SOLVED' else 'CLOSED' end,
       (array['LOW','NORMAL','NORMAL','NORMAL','HIGH','URGENT'])[1 + i % 6],
       (array[0,1,1,1,2,3])[1 + i % 6],
       (array['LATE_DELIVERY','DAMAGED_ORDER','INCOMPLETE_ORDER','WRONG_ORDER','UNPAID_ORDER','GENERAL_QUESTION'])[1 + i % 6],
       null, null, null, 'Где мой заказ? #' || i,
       now() - (i % 259200) * interval '1 minute', now() - (i % 259200) * interval '1 minute' + interval '20 minutes',
       now() - (i % 259200) * interval '1 minute' + interval '1 minute', null, 0
from generate_series(1, :tickets) as i;

insert into customer_tickets (ticket_id, customer_id, customer_role, number, status, category, subject, created_at, updated_at)
select id, requester_id, requester_role, number, status, category, subject, created_at, updated_at from tickets where number > 5000000;

-- analytics: begin (issue 16; the bench AnalyticsReportBench runs this section alone, :tickets replaced)
-- One analytics row per ticket over the same 180 days (Tashkent hours), with its city, restaurant and courier,
-- and the hourly rollups the listeners would have kept: per dimension value, contacts, first responses (in
-- histogram buckets), solutions, first solutions, misses of first-contact resolution, reopenings, orders
-- (30 per contact) and compensation; the daily and weekly rollups beside them; the customers' orders.

-- Orders of the tickets' customers, for retention after contact: the order each ticket is about (before it),
-- and another one from two hours to 45 days after it (none in the future). Each contact below knows the
-- customer's next order, as the listeners keep it.
insert into analytics_orders (order_id, customer_id, created_at)
select 'bo-' || i, 'bc-' || (i % 200000), now() - (i % 259200) * interval '1 minute' - interval '40 minutes'
from generate_series(1, :tickets) as i
union all
select 'bn-' || i, 'bc-' || (i % 200000),
       now() - (i % 259200) * interval '1 minute' + interval '2 hours' + (i / 7 % 45) * interval '1 day'
from generate_series(1, :tickets) as i
where (i % 259200) * interval '1 minute' > interval '2 hours' + (i / 7 % 45) * interval '1 day';

insert into analytics_tickets (ticket_id, ticket_number, customer_id, order_id, channel, line, reason, agent_id, city,
                               restaurant, courier, opened_at, first_response_at, first_resolved_at, resolved_at,
                               reopened_at, compensated_at, compensated_som, fcr_missed, next_order_at,
                               next_order_within)
select md5('t' || i)::uuid, 5000000 + i, 'bc-' || (i % 200000), 'bo-' || i,
       (array['CHAT','CHAT','CHAT','TELEGRAM','EMAIL','PHONE'])[1 + i % 6],
       case when i % 10 = 0 then 'COURIERS' else 'CUSTOMERS_PARTNERS' end,
       (array['LATE_DELIVERY','DAMAGED_ORDER','INCOMPLETE_ORDER','WRONG_ORDER','UNPAID_ORDER','GENERAL_QUESTION'])[1 + i % 6],
       md5('op' || (i % 60))::uuid::text,
       (array['Tashkent','Tashkent','Tashkent','Samarkand','Bukhara','Namangan','Andijan','Fergana'])[1 + i % 8],
       'Restaurant ' || (i % 800), 'Courier ' || (i % 1500),
       now() - (i % 259200) * interval '1 minute',
       now() - (i % 259200) * interval '1 minute' + (30 + i % 900) * interval '1 second',
       case when i % 100 >= 10 then now() - (i % 259200) * interval '1 minute' + (600 + i % 7200) * interval '1 second' end,
       case when i % 100 >= 10 then now() - (i % 259200) * interval '1 minute' + (600 + i % 7200) * interval '1 second' end,
       case when i % 17 = 0 then now() - (i % 259200) * interval '1 minute' + interval '3 hours' end,
       case when i % 9 = 0 then now() - (i % 259200) * interval '1 minute' + interval '30 minutes' end,
       case when i % 9 = 0 then 15000 else 0 end, i % 17 = 0, next_order.at,
       case when next_order.at <= now() - (i % 259200) * interval '1 minute' + interval '7 days' then 7
            when next_order.at <= now() - (i % 259200) * interval '1 minute' + interval '30 days' then 30 end
from generate_series(1, :tickets) as i
cross join lateral (select min(o.created_at) as at from analytics_orders o
                    where o.customer_id = 'bc-' || (i % 200000)
                      and o.created_at > now() - (i % 259200) * interval '1 minute') as next_order;

-- The rollups, as (dimension, value) pairs per ticket: the desk and each of its seven dimensions.
create temporary table analytics_bench_dims as
select t.*, d.dim, d.dim_value
from analytics_tickets t
cross join lateral (values ('ALL', '*'), ('CHANNEL', t.channel), ('LINE', t.line), ('REASON', t.reason),
                           ('AGENT', t.agent_id), ('CITY', t.city), ('RESTAURANT', t.restaurant),
                           ('COURIER', t.courier)) as d(dim, dim_value)
where t.ticket_number > 5000000;

-- Histogram bucket of a number of seconds, as analytics.Buckets.SECONDS.
create or replace function pg_temp.analytics_bucket(seconds bigint) returns integer language sql immutable as $$
  select count(*)::integer from unnest(array[15, 30, 45, 60, 90, 120, 180, 240, 300, 420, 600, 900, 1200, 1800,
    2700, 3600, 5400, 7200, 10800, 14400, 21600, 28800, 43200, 86400, 172800, 259200, 604800]) as b where b < seconds
$$;

insert into analytics_rollups (dim, dim_value, local_hour, metric, bucket, n, total)
select dim, dim_value, date_trunc('hour', opened_at at time zone 'Asia/Tashkent'), 'CONTACTS', 0, count(*), count(*)
from analytics_bench_dims where dim <> 'AGENT' group by 1, 2, 3
union all
select dim, dim_value, date_trunc('hour', opened_at at time zone 'Asia/Tashkent'), 'ORDERS', 0, 30 * count(*), 30 * count(*)
from analytics_bench_dims where dim in ('ALL', 'CITY', 'RESTAURANT', 'COURIER') group by 1, 2, 3
union all
select dim, dim_value, date_trunc('hour', first_response_at at time zone 'Asia/Tashkent'), 'FIRST_RESPONSE',
       pg_temp.analytics_bucket(extract(epoch from first_response_at - opened_at)::bigint), count(*),
       sum(extract(epoch from first_response_at - opened_at)::bigint)
from analytics_bench_dims group by 1, 2, 3, 5
union all
select dim, dim_value, date_trunc('hour', resolved_at at time zone 'Asia/Tashkent'), m.metric, 0, count(*), count(*)
from analytics_bench_dims cross join (values ('RESOLVED'), ('FIRST_RESOLVED')) as m(metric)
where resolved_at is not null group by 1, 2, 3, 4
union all
select dim, dim_value, date_trunc('hour', resolved_at at time zone 'Asia/Tashkent'), 'RESOLUTION',
       pg_temp.analytics_bucket(extract(epoch from resolved_at - opened_at)::bigint), count(*),
       sum(extract(epoch from resolved_at - opened_at)::bigint)
from analytics_bench_dims where resolved_at is not null group by 1, 2, 3, 5
union all
select dim, dim_value, date_trunc('hour', first_resolved_at at time zone 'Asia/Tashkent'), 'FCR_MISSED', 0, count(*), count(*)
from analytics_bench_dims where fcr_missed and first_resolved_at is not null group by 1, 2, 3
union all
select dim, dim_value, date_trunc('hour', reopened_at at time zone 'Asia/Tashkent'), 'REOPENED', 0, count(*), count(*)
from analytics_bench_dims where reopened_at is not null group by 1, 2, 3
union all
select dim, dim_value, date_trunc('hour', compensated_at at time zone 'Asia/Tashkent'), 'COMPENSATION', 0, count(*),
       sum(compensated_som)
from analytics_bench_dims where compensated_at is not null group by 1, 2, 3;

drop table analytics_bench_dims;

-- Dishes and compensation options (issue 16's leftovers): two of 4,000 dishes per contact, named, with their
-- contacts and orders (30 per contact) per hour; the playbook option each compensated contact was paid by.
insert into analytics_dishes (sku, name, restaurant)
select 'bd-' || d, 'Dish ' || d, 'Restaurant ' || (d % 800) from generate_series(0, 3999) as d;
insert into analytics_ticket_dishes (sku, ticket_id)
select 'bd-' || ((ticket_number * m.k) % 4000), ticket_id
from analytics_tickets cross join (values (1), (7)) as m(k) where ticket_number > 5000000
on conflict do nothing;
insert into analytics_rollups (dim, dim_value, local_hour, metric, bucket, n, total)
select 'DISH', d.sku, date_trunc('hour', t.opened_at at time zone 'Asia/Tashkent'), m.metric, 0, m.per * count(*),
       m.per * count(*)
from analytics_ticket_dishes d join analytics_tickets t on t.ticket_id = d.ticket_id
cross join (values ('CONTACTS', 1), ('ORDERS', 30)) as m(metric, per)
where t.ticket_number > 5000000 group by d.sku, 3, m.metric, m.per;
insert into analytics_compensations (transaction_id, ticket_id, option_code, amount, posted_at)
select md5('bt' || ticket_number)::uuid, ticket_id,
       (array['COMPENSATION','FREE_DELIVERY','REDELIVER','BONUS_CREDIT','REFUND_ITEMS'])[1 + ticket_number % 5],
       compensated_som, compensated_at
from analytics_tickets where ticket_number > 5000000 and compensated_som > 0;

-- The daily rollups the listeners keep beside the hourly ones: each day the sum of its hours.
insert into analytics_daily (dim, metric, local_day, dim_value, bucket, n, total)
select dim, metric, cast(local_hour as date), dim_value, bucket, sum(n), sum(total)
from analytics_rollups group by 1, 2, 3, 4, 5
-- In the order the listeners write them: a day's rows on that day.
order by 3
on conflict (dim, metric, local_day, dim_value, bucket) do update set n = excluded.n, total = excluded.total;

-- And the weekly counts beside them (from each Monday): each week the sum of its days, no buckets.
insert into analytics_weekly (dim, metric, week_start, dim_value, n, total)
select dim, metric, cast(date_trunc('week', local_day) as date), dim_value, sum(n), sum(total)
from analytics_daily group by 1, 2, 3, 4
order by 3
on conflict (dim, metric, week_start, dim_value) do update set n = excluded.n, total = excluded.total;

-- The customers' rows the ticket and order listeners lock.
insert into analytics_customers (customer_id)
select distinct customer_id from analytics_tickets where ticket_number > 5000000 on conflict do nothing;

-- analytics: end

-- Vacuumed as autovacuum keeps a live database: the retention page reads its index alone (index-only scan).
vacuum analyze;
select (select count(*) from tickets) as tickets, (select count(*) from messages) as messages,
       (select count(*) from analytics_rollups) as analytics_rollups,
       (select count(*) from analytics_daily) as analytics_daily,
       (select count(*) from analytics_weekly) as analytics_weekly;
