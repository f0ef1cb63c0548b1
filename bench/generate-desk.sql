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

analyze;
select (select count(*) from tickets) as tickets, (select count(*) from messages) as messages;
