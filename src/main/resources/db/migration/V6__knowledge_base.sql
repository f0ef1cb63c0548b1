-- The knowledge base: articles and FAQ entries in Russian, Uzbek and English. What customers and the
-- bot read is the published text; an editor's draft waits beside it until published. Every save and
-- every publication is a revision.
create table kb_articles (
    id uuid not null primary key,
    slug varchar(80) not null,
    category varchar(32) not null,
    status varchar(16) not null,
    title_ru varchar(200),
    body_ru varchar(8000),
    title_uz varchar(200),
    body_uz varchar(8000),
    title_en varchar(200),
    body_en varchar(8000),
    draft varchar(30000),
    helpful_yes integer not null,
    helpful_no integer not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    published_at timestamp with time zone,
    version bigint not null,
    constraint kb_articles_slug unique (slug)
);

create table kb_revisions (
    article_id uuid not null references kb_articles (id),
    revision integer not null,
    action varchar(16) not null,
    snapshot varchar(30000) not null,
    edited_by varchar(200) not null,
    at timestamp with time zone not null,
    primary key (article_id, revision)
);
