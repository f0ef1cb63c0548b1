-- Issue 10, finding 2: a participant is (role, id). The platform's customers, couriers and
-- partners have id spaces of their own, so one id may name two people: every record of who
-- someone is keeps the role beside the id.

-- tickets: the requester's role, from the conversation the ticket belongs to
alter table tickets add column requester_role varchar(16);
update tickets set requester_role = (select c.participant_role from conversations c where c.id = tickets.conversation_id);
update tickets set requester_role = case when line = 'COURIERS' then 'COURIER' else 'CUSTOMER' end
    where requester_role is null;
alter table tickets alter column requester_role set not null;
drop index tickets_by_requester;
create index tickets_by_requester on tickets (requester_role, requester_id, created_at);

-- customer-360: one profile per role and id (the table is rebuilt: its key changes)
create table participant_profiles (
    role varchar(16) not null,
    id varchar(64) not null,
    name varchar(200) not null,
    phone varchar(32),
    locale varchar(8),
    city varchar(64),
    first_seen_at timestamp with time zone not null,
    last_order_at timestamp with time zone,
    orders_count integer not null,
    tickets_count integer not null,
    version bigint not null,
    primary key (role, id)
);
insert into participant_profiles (role, id, name, phone, locale, city, first_seen_at, last_order_at, orders_count,
        tickets_count, version)
    select upper(role), id, name, phone, locale, city, first_seen_at, last_order_at, orders_count, tickets_count,
        version
    from customer_profiles;
drop table customer_profiles;
alter table participant_profiles rename to customer_profiles;

alter table customer_tickets add column customer_role varchar(16);
update customer_tickets set customer_role = (select t.requester_role from tickets t where t.id = customer_tickets.ticket_id);
update customer_tickets set customer_role = 'CUSTOMER' where customer_role is null;
alter table customer_tickets alter column customer_role set not null;
drop index customer_tickets_by_customer;
create index customer_tickets_by_customer on customer_tickets (customer_role, customer_id, created_at);

-- conversations: looked up by role and id
drop index conversations_by_participant;
create index conversations_by_participant on conversations (participant_role, participant_id, created_at);
