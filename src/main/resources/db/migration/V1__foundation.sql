-- Yordam's first schema. The same file runs on H2 (MODE=PostgreSQL) and PostgreSQL:
-- keep to types both understand (varchar, bigint, integer, boolean, uuid, timestamp with time zone, bytea).

-- Spring Modulith's event publication registry (modules talk through these rows; nothing is lost on a crash)
create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(20000) not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);

-- orders: the mirror of the delivery platform
create table orders (
    id varchar(64) not null primary key,
    number varchar(32) not null,
    city varchar(64) not null,
    customer_id varchar(64) not null,
    customer_name varchar(200) not null,
    customer_phone varchar(32),
    customer_locale varchar(8),
    restaurant_id varchar(64) not null,
    restaurant_name varchar(200) not null,
    courier_id varchar(64),
    courier_name varchar(200),
    courier_phone varchar(32),
    delivery_fee bigint not null,
    total bigint not null,
    currency varchar(3) not null,
    payment_method varchar(8) not null,
    payment_status varchar(16) not null,
    status varchar(32) not null,
    promised_at timestamp with time zone,
    eta timestamp with time zone,
    delivered_at timestamp with time zone,
    created_at timestamp with time zone not null,
    last_event_at timestamp with time zone not null,
    version bigint not null
);
create index orders_by_customer on orders (customer_id, created_at);

create table order_items (
    order_id varchar(64) not null references orders (id),
    position integer not null,
    sku varchar(64) not null,
    name varchar(200) not null,
    quantity integer not null,
    unit_price bigint not null,
    primary key (order_id, position)
);

create table order_timeline (
    order_id varchar(64) not null references orders (id),
    position integer not null,
    status varchar(32) not null,
    at timestamp with time zone not null,
    primary key (order_id, position)
);

create table platform_events (
    id varchar(100) not null primary key,
    type varchar(40) not null,
    order_id varchar(64) not null,
    occurred_at timestamp with time zone not null,
    received_at timestamp with time zone not null
);

-- access: operators and their personal API tokens
create table operators (
    id uuid not null primary key,
    username varchar(64) not null unique,
    display_name varchar(200) not null,
    password_hash varchar(200) not null,
    role varchar(16) not null,
    locale varchar(8) not null,
    enabled boolean not null,
    created_at timestamp with time zone not null
);

create table api_tokens (
    id uuid not null primary key,
    operator_id uuid not null references operators (id),
    name varchar(100) not null,
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone
);

-- conversations: the chat between a customer (courier, partner) and support
create table conversations (
    id uuid not null primary key,
    participant_id varchar(64) not null,
    participant_role varchar(16) not null,
    participant_name varchar(200) not null,
    participant_locale varchar(8) not null,
    order_id varchar(64),
    created_at timestamp with time zone not null,
    last_message_at timestamp with time zone,
    last_seq bigint not null,
    participant_read_seq bigint not null,
    support_read_seq bigint not null,
    version bigint not null
);
create index conversations_by_participant on conversations (participant_id, created_at);

create table attachments (
    id uuid not null primary key,
    conversation_id uuid not null references conversations (id),
    content_type varchar(64) not null,
    size_bytes integer not null,
    data bytea not null,
    created_at timestamp with time zone not null
);

create table messages (
    id uuid not null primary key,
    conversation_id uuid not null references conversations (id),
    seq bigint not null,
    author_kind varchar(16) not null,
    author_id varchar(64) not null,
    author_name varchar(200) not null,
    body varchar(4000),
    client_message_id varchar(100),
    attachment_id uuid references attachments (id),
    created_at timestamp with time zone not null,
    constraint messages_seq_unique unique (conversation_id, seq),
    constraint messages_client_id_unique unique (conversation_id, author_id, client_message_id)
);
create index messages_by_author_time on messages (author_id, created_at);

-- tickets: a conversation that needs a person
create sequence ticket_number_seq start with 1001;

create table tickets (
    id uuid not null primary key,
    number bigint not null unique,
    conversation_id uuid not null,
    requester_id varchar(64) not null,
    requester_name varchar(200) not null,
    line varchar(24) not null,
    status varchar(24) not null,
    priority varchar(16) not null,
    category varchar(32) not null,
    assignee_id uuid,
    assignee_name varchar(200),
    order_id varchar(64),
    subject varchar(200) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    first_response_at timestamp with time zone,
    solved_at timestamp with time zone,
    version bigint not null
);
create index tickets_by_status on tickets (status, updated_at);
create index tickets_by_requester on tickets (requester_id, created_at);
create index tickets_by_conversation on tickets (conversation_id);

create table ticket_tags (
    ticket_id uuid not null references tickets (id),
    tag varchar(50) not null,
    primary key (ticket_id, tag)
);

create table ticket_audit (
    id uuid not null primary key,
    ticket_id uuid not null references tickets (id),
    at timestamp with time zone not null,
    actor_id varchar(64) not null,
    actor_name varchar(200) not null,
    action varchar(40) not null,
    detail varchar(500)
);
create index ticket_audit_by_ticket on ticket_audit (ticket_id, at);

create table ticket_notes (
    id uuid not null primary key,
    ticket_id uuid not null references tickets (id),
    author_id varchar(64) not null,
    author_name varchar(200) not null,
    body varchar(4000) not null,
    created_at timestamp with time zone not null
);

-- customers: the customer-360 read model
create table customer_profiles (
    id varchar(64) not null primary key,
    role varchar(16) not null,
    name varchar(200) not null,
    phone varchar(32),
    locale varchar(8),
    city varchar(64),
    first_seen_at timestamp with time zone not null,
    last_order_at timestamp with time zone,
    orders_count integer not null,
    tickets_count integer not null,
    version bigint not null
);

create table customer_tickets (
    ticket_id uuid not null primary key,
    customer_id varchar(64) not null,
    number bigint not null,
    status varchar(24) not null,
    category varchar(32) not null,
    subject varchar(200) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index customer_tickets_by_customer on customer_tickets (customer_id, created_at);
