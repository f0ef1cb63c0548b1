-- Issue 12: the requester's language (routing by skill, SLA policies by language), how far the
-- ticket has been escalated, and how often the requester reopened it (an escalation trigger).
ALTER TABLE tickets ADD COLUMN language VARCHAR(8) DEFAULT 'ru' NOT NULL;
ALTER TABLE tickets ADD COLUMN escalation_level VARCHAR(16) DEFAULT 'FIRST_LINE' NOT NULL;
ALTER TABLE tickets ADD COLUMN reopen_count INTEGER DEFAULT 0 NOT NULL;
