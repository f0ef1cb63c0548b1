-- The reply an operator is writing on a ticket, kept on the server so that it follows them to
-- another machine or survives a reload; one per (operator, ticket), gone once the reply is sent.
create table reply_drafts (
    operator_id uuid not null,
    ticket_id uuid not null,
    -- 4000 characters at most (DraftTextPolicy); H2 counts UTF-16 units, so room for 4000 emoji.
    body varchar(8000) not null,
    updated_at timestamp with time zone not null,
    primary key (operator_id, ticket_id)
);
