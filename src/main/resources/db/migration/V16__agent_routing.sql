-- Issue 12, routing: each operator's availability, skills and capacity. A row appears the first
-- time an operator's availability is read or set; without one an operator is offline and gets
-- nothing routed. Skills are short comma-separated lists (a handful of values each), checked by
-- the routing module against what it knows.
CREATE TABLE agent_profiles (
    operator_id UUID PRIMARY KEY,
    status VARCHAR(16) DEFAULT 'OFFLINE' NOT NULL,
    capacity INTEGER DEFAULT 3 NOT NULL,
    languages VARCHAR(64) DEFAULT 'ru' NOT NULL,
    cities VARCHAR(512) DEFAULT '' NOT NULL,
    lines VARCHAR(128) DEFAULT 'CUSTOMERS_PARTNERS,COURIERS' NOT NULL,
    second_line BOOLEAN DEFAULT FALSE NOT NULL,
    -- Away because the workspace went quiet (activity brings them back), not by their choice.
    away_by_inactivity BOOLEAN DEFAULT FALSE NOT NULL,
    status_since TIMESTAMP WITH TIME ZONE NOT NULL,
    last_active_at TIMESTAMP WITH TIME ZONE NOT NULL,
    idle_since TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT agent_profiles_capacity CHECK (capacity >= 1)
);

CREATE INDEX agent_profiles_status ON agent_profiles (status);

-- Routing reads, per agent, how many open tickets they hold (V4's tickets_by_assignee serves
-- that); and, for the customer's wait estimate, the handling times of recently solved tickets.
CREATE INDEX tickets_solved_at ON tickets (solved_at);
