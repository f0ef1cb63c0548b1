-- The queue sorts by what is due first (issue 12: clocks follow a new priority or
-- category, so the due instant alone orders the work); tickets no clock covers come last.
create index tickets_by_bucket_due_first on tickets (queue_bucket, sla_due_at nulls last, priority_rank desc, updated_at);
drop index tickets_by_bucket_due;
