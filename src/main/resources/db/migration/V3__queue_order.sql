-- The queue sorts by urgency: a number, because the names do not sort (HIGH < LOW < NORMAL < URGENT).
alter table tickets add column priority_rank smallint not null default 1;
update tickets set priority_rank = case priority when 'URGENT' then 3 when 'HIGH' then 2 when 'NORMAL' then 1 else 0 end;
drop index tickets_by_status;
create index tickets_queue on tickets (status, priority_rank, updated_at);
