-- Issue 12, "% of SLAs met" per agent and per line. A clock remembers whose it was when its run
-- ended: the ticket's assignee when it stopped (answered, solved) or, for a breach, when the
-- timer recorded it. Null while it runs, and for a breach of a ticket nobody had. A uuid, as
-- tickets.assignee_id.
alter table sla_clocks add column owner_id uuid;

-- The attainment report reads the runs that ended in its period: stopped (met, or answered
-- late) or breached since a given instant. One index for each, so that the "or" of the two is
-- an index read on both databases, not a scan of every clock ever kept.
create index sla_clocks_by_stopped on sla_clocks (stopped_at);
create index sla_clocks_by_breached on sla_clocks (breached_at);
