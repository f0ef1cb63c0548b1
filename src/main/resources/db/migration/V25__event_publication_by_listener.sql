-- Spring Modulith completes (deletes) a publication by its listener and event; without an
-- index that delete read the whole registry, 8-10 % of a chat message's CPU under load
-- (docs/performance.md, issue 14).
create index event_publication_by_listener on event_publication (listener_id);
