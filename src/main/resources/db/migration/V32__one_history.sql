-- Issue 15 §4, one customer, one history. A ticket merged into another of the same requester is
-- closed and names the ticket it went into; the target's view reads the merged tickets'
-- conversations through this column (a chain, followed from a merged ticket to the open one).
ALTER TABLE tickets ADD COLUMN merged_into UUID;
CREATE INDEX tickets_by_merged_into ON tickets (merged_into);

-- A channel's contact ('mail-…', 'tg-…') linked by an agent to a platform customer: who linked
-- which contact to whom, on which ticket, when. One row per contact: two agents linking the same
-- contact at once link it once (the primary key decides).
CREATE TABLE contact_links (
    contact_role VARCHAR(16) NOT NULL,
    contact_id VARCHAR(128) NOT NULL,
    customer_role VARCHAR(16) NOT NULL,
    customer_id VARCHAR(128) NOT NULL,
    customer_name VARCHAR(200),
    ticket_id UUID,
    linked_by VARCHAR(64) NOT NULL,
    linked_by_name VARCHAR(200) NOT NULL,
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contact_role, contact_id)
);
