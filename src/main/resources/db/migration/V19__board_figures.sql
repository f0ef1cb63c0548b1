-- Issue 12, the supervisor's board: each agent's day is read by first-response time (the
-- solution time is indexed by V16).
create index tickets_by_first_response on tickets (first_response_at);
