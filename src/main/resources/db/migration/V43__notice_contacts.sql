-- Does telling work? (issue 17 §4) A notice's customer who still opened a conversation with support
-- within an hour after it is marked once; the report compares the told orders with the held-out
-- ones (status HELD_OUT) per kind, over a period (hence the index by time).
alter table notices add column contacted_at timestamp with time zone;

create index notices_by_time on notices (created_at);
