-- Issue 17 §3, the push channels. A device a customer registered: a browser's Web Push
-- subscription (its endpoint and keys) or the mobile app's FCM registration token. One row per
-- address: registering it again (the same browser, maybe another customer signed in) updates it.
CREATE TABLE push_devices (
    id UUID PRIMARY KEY,
    participant_role VARCHAR(16) NOT NULL,
    participant_id VARCHAR(128) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    address VARCHAR(2048) NOT NULL,
    p256dh VARCHAR(128),
    auth VARCHAR(64),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT push_devices_one_per_address UNIQUE (kind, address)
);
CREATE INDEX push_devices_by_participant ON push_devices (participant_role, participant_id);

-- Each notice sent to each device, once (the unique key): its status (PENDING, SENT, GONE: the
-- device was unsubscribed and removed, FAILED: refused or given up after the last try), the tries
-- and the last error. The customer's timeline reads "sent by push" from here.
CREATE TABLE push_deliveries (
    id UUID PRIMARY KEY,
    notice_id UUID NOT NULL,
    device_id UUID NOT NULL,
    kind VARCHAR(16) NOT NULL,
    participant_role VARCHAR(16) NOT NULL,
    participant_id VARCHAR(128) NOT NULL,
    notice_kind VARCHAR(32) NOT NULL,
    order_id VARCHAR(128),
    order_number VARCHAR(64),
    locale VARCHAR(8) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(2000) NOT NULL,
    status VARCHAR(16) NOT NULL,
    attempts INTEGER DEFAULT 0 NOT NULL,
    last_error VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT push_deliveries_once_per_device UNIQUE (notice_id, device_id)
);
CREATE INDEX push_deliveries_by_participant ON push_deliveries (participant_role, participant_id, created_at);
