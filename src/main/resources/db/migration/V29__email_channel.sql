-- Issue 15, channels: the door a conversation (and its ticket) came in by. Everything before was chat.
ALTER TABLE conversations ADD COLUMN channel VARCHAR(16) DEFAULT 'CHAT' NOT NULL;
ALTER TABLE tickets ADD COLUMN channel VARCHAR(16) DEFAULT 'CHAT' NOT NULL;

-- Who a mail address is: a platform customer, courier or partner (linked by an agent, or by the
-- demo), or a contact of its own ('mail-…', role CUSTOMER) until someone links it. Addresses are
-- stored lower-cased.
CREATE TABLE email_contacts (
    address VARCHAR(254) PRIMARY KEY,
    participant_role VARCHAR(16) NOT NULL,
    participant_id VARCHAR(128) NOT NULL,
    display_name VARCHAR(200),
    locale VARCHAR(8) DEFAULT 'ru' NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX email_contacts_by_participant ON email_contacts (participant_role, participant_id);

-- Every mail that came in or went out, by its Message-ID: a mail delivered twice (a second
-- poll, a second node, a provider's retry) finds its row and adds nothing, and a reply's
-- In-Reply-To or References finds the conversation it belongs to.
CREATE TABLE email_messages (
    message_id VARCHAR(500) PRIMARY KEY,
    direction VARCHAR(8) NOT NULL,
    conversation_id UUID,
    outcome VARCHAR(16) NOT NULL,
    from_address VARCHAR(254),
    subject VARCHAR(300),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX email_messages_by_conversation ON email_messages (conversation_id, created_at);

-- Support's replies waiting to leave by SMTP. The row and its db-scheduler execution are written
-- with the decision to send; the execution sends and marks the row SENT, retrying with backoff
-- while the server is down. One row per chat message: a reply is queued once.
CREATE TABLE email_outbox (
    id UUID PRIMARY KEY,
    chat_message_id UUID NOT NULL,
    conversation_id UUID NOT NULL,
    to_address VARCHAR(254) NOT NULL,
    subject VARCHAR(300) NOT NULL,
    body VARCHAR(8000) NOT NULL,
    locale VARCHAR(8) NOT NULL,
    rfc_message_id VARCHAR(500) NOT NULL,
    in_reply_to VARCHAR(500),
    refs VARCHAR(4000),
    status VARCHAR(16) NOT NULL,
    attempts INTEGER DEFAULT 0 NOT NULL,
    last_error VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT email_outbox_once_per_message UNIQUE (chat_message_id)
);
CREATE INDEX email_outbox_by_status ON email_outbox (status, created_at);
