-- Issue 13, notifications: what needs an operator (a ticket handed to them, a customer's reply on
-- their ticket, an approval waiting), one row per operator and cause. The unique (operator, source
-- key) is what makes an event notify an operator once, however often it is redelivered and however
-- many nodes hear it. The human ids (ticket number, customer's name, order number) are copied in
-- when the row is written: the list reads one table.
create table operator_notifications (
    id uuid not null primary key,
    operator_id uuid not null,
    source_key varchar(120) not null,
    kind varchar(24) not null,
    ticket_id uuid,
    ticket_number bigint,
    customer_name varchar(200),
    order_number varchar(64),
    detail varchar(200),
    incident_id uuid,
    created_at timestamp with time zone not null,
    read_at timestamp with time zone,
    constraint operator_notifications_once unique (operator_id, source_key)
);

-- The latest of one operator, and their unread count.
create index operator_notifications_latest on operator_notifications (operator_id, created_at);
create index operator_notifications_unread on operator_notifications (operator_id, read_at);
-- An approval decided is read for every approver at once.
create index operator_notifications_incident on operator_notifications (incident_id);

-- Each operator's own choice: a sound, desktop notifications, and which kinds notify them at all
-- (a comma-separated list of kinds). No row: everything on.
create table notification_settings (
    operator_id uuid not null primary key,
    sound boolean not null,
    desktop boolean not null,
    kinds varchar(100) not null,
    updated_at timestamp with time zone not null
);
