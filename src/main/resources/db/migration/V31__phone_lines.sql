-- Issue 15 §3, the phone lines. A courier calling is found by the phone their orders carry, like a
-- customer (V22): the courier's phone as its digits beside what the platform sent.
alter table orders add column courier_phone_digits varchar(32);
update orders set courier_phone_digits =
    replace(replace(replace(replace(replace(replace(courier_phone, '+', ''), ' ', ''), '-', ''), '(', ''), ')', ''), '.', '')
    where courier_phone is not null;
update orders set courier_phone_digits = '998' || courier_phone_digits
    where length(courier_phone_digits) = 9;
update orders set courier_phone_digits = null
    where length(courier_phone_digits) < 9 or length(courier_phone_digits) > 15;
create index orders_by_courier_phone_digits on orders (courier_phone_digits, created_at);

-- Who a number is when no order says: a partner's number, or a caller nobody knows yet (a
-- contact of its own, 'phone-…', on the line they called), kept so that their next call is the
-- same participant.
create table phone_contacts (
    digits varchar(32) primary key,
    participant_role varchar(16) not null,
    participant_id varchar(128) not null,
    display_name varchar(200),
    locale varchar(8) default 'ru' not null,
    created_at timestamp with time zone not null
);

-- Every computer-telephony event taken, by the PBX's event id: a replay or a retry finds its row
-- and changes nothing.
create table phone_events (
    event_id varchar(100) primary key,
    call_id varchar(100) not null,
    type varchar(16) not null,
    occurred_at timestamp with time zone,
    received_at timestamp with time zone not null
);
create index phone_events_by_call on phone_events (call_id, received_at);

-- One call, as its events tell it. conversation_id: the ticket's conversation the answered call
-- joined (the caller's open ticket, or a new phone ticket); callback_conversation_id: the
-- callback ticket a missed call or voicemail opened.
create table phone_calls (
    call_id varchar(100) primary key,
    line varchar(24) not null,
    caller_digits varchar(32) not null,
    caller_role varchar(16) not null,
    caller_id varchar(128) not null,
    caller_name varchar(200),
    caller_locale varchar(8) default 'ru' not null,
    state varchar(16) not null,
    ringing_at timestamp with time zone,
    answered_at timestamp with time zone,
    answered_by uuid,
    extension varchar(16),
    ended_at timestamp with time zone,
    duration_seconds integer,
    recording_url varchar(1000),
    conversation_id uuid,
    callback_conversation_id uuid,
    answer_applied boolean default false not null,
    created_at timestamp with time zone not null
);
create index phone_calls_by_conversation on phone_calls (conversation_id);

-- An agent's extension on the PBX: whose workspace a call answered there pops up in.
create table phone_extensions (
    operator_id uuid primary key,
    extension varchar(16) not null,
    constraint phone_extensions_unique unique (extension)
);
