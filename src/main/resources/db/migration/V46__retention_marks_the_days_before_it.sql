-- Retention's roller recomputes the days marked stale, and the writers mark a day when they write a contact
-- of it: the contacts written before version 45 are marked here, every day a page may still show (each
-- one's date and the dates either side of it, whatever the report zone: a day marked in vain is recomputed
-- empty). A day never marked has no contact, and is read from its contacts: nothing.
insert into analytics_retention_stale (local_day)
select distinct cast(opened_at - interval '1' day as date) from analytics_tickets
where customer_id is not null and opened_at >= current_timestamp - interval '100' day
union
select distinct cast(opened_at as date) from analytics_tickets
where customer_id is not null and opened_at >= current_timestamp - interval '100' day
union
select distinct cast(opened_at + interval '1' day as date) from analytics_tickets
where customer_id is not null and opened_at >= current_timestamp - interval '100' day;
