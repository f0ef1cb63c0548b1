-- The queue reads one bucket at a time, in index order, and never counts the whole table:
-- 1 = waiting for support (new, open), 2 = pending customer, 3 = on hold, 4 = done (solved, closed).
alter table tickets add column queue_bucket smallint not null default 1;
update tickets set queue_bucket = case status when 'PENDING_CUSTOMER' then 2 when 'ON_HOLD' then 3
    when 'SOLVED' then 4 when 'CLOSED' then 4 else 1 end;
drop index tickets_queue;
create index tickets_by_bucket_urgency on tickets (queue_bucket, priority_rank desc, updated_at);
create index tickets_by_bucket_recent on tickets (queue_bucket, updated_at desc);
create index tickets_by_assignee on tickets (assignee_id, queue_bucket);
