-- Issue 16: satisfaction in the analytics. A rated ticket's row holds its latest rating, so that the
-- dashboard's CSAT figures drill down to the tickets behind them.
alter table analytics_tickets add column rated_at timestamp with time zone;
alter table analytics_tickets add column csat_score integer;
create index analytics_tickets_by_rating on analytics_tickets (rated_at);
