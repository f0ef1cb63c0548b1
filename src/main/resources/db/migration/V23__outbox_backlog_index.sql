-- The operators' metrics read the platform outbox's backlog (how many wait, since when) every few
-- seconds: by this index the pending rows are found without reading every request ever sent.
create index platform_actions_by_status on platform_actions (status, created_at);
