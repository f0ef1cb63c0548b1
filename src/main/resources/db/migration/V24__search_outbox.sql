-- Hibernate Search's outbox-polling coordination (yordam.search.backend=opensearch, ADR 007): a write
-- commits its index update here, in its own transaction; an agent on any node indexes it and deletes
-- the row. Unused (empty) with the default Lucene backend. Columns as Hibernate Search's outbox module
-- (8.2.2, see pom.xml) maps its OutboxEvent and Agent (tenant_id unused: no multi-tenancy), through
-- Spring Boot's naming (camel case to underscores).
create table hsearch_outbox_event (
    id uuid primary key,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    payload bytea not null,
    retries integer not null,
    process_after timestamp with time zone not null,
    status varchar(255) not null,
    tenant_id varchar(255)
);
create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id uuid primary key,
    type varchar(255) not null,
    name varchar(255) not null,
    expiration timestamp with time zone not null,
    state varchar(255) not null,
    total_shard_count integer,
    assigned_shard_index integer,
    payload bytea,
    tenant_id varchar(255)
);
