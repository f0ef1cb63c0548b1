-- Issue 16, reputation: public reviews from the app stores, map listings and the platform's in-app
-- ratings. A review is taken once per source and external id: the unique key, not a look-up before
-- the insert, is what makes two imports of the same file racing each other write one row.
create table reviews (
    id uuid not null primary key,
    source varchar(16) not null,
    external_id varchar(200) not null,
    rating smallint not null check (rating between 1 and 5),
    body varchar(4000),
    author_name varchar(200),
    posted_at timestamp with time zone not null,
    -- The day in Tashkent, for the weekly trend without a time-zone function per database.
    posted_on date not null,
    received_at timestamp with time zone not null,
    language varchar(8),
    reason varchar(32),
    customer_id varchar(64),
    order_id varchar(64),
    matched_by varchar(16) not null,
    restaurant varchar(200),
    city varchar(64),
    negative boolean not null,
    conversation_id uuid,
    answer_text varchar(4000),
    answered_by_id uuid,
    answered_by varchar(200),
    answered_at timestamp with time zone,
    constraint reviews_once unique (source, external_id)
);

create index reviews_posted on reviews (posted_on, source);
create index reviews_received on reviews (received_at);
create index reviews_conversation on reviews (conversation_id);

-- Shared macros for the public answer, in the review's language.
insert into macros (id, owner_id, step, title_ru, body_ru, title_uz, body_uz, title_en, body_en,
                    set_status, add_tag, set_priority, created_at, updated_at, updated_by) values
('00000000-0000-4000-8035-000000000001', null, null,
 'Ответ на отзыв: извинение',
 '{name}, спасибо, что рассказали об этом, и простите нас: так быть не должно. Мы уже разбираемся с заказом {order} и свяжемся с вами лично.',
 'Sharhga javob: uzr',
 '{name}, bu haqda aytganingiz uchun rahmat va bizni kechiring: bunday bo''lmasligi kerak edi. {order} buyurtmasini ko''rib chiqyapmiz va siz bilan shaxsan bog''lanamiz.',
 'Review answer: apology',
 '{name}, thank you for telling us, and we are sorry: this should not have happened. We are looking into order {order} and will contact you personally.',
 null, 'review', null, current_timestamp, current_timestamp, 'Yordam'),
('00000000-0000-4000-8035-000000000002', null, null,
 'Ответ на отзыв: благодарность',
 '{name}, спасибо за отзыв! Нам важно ваше мнение — передадим его команде.',
 'Sharhga javob: minnatdorchilik',
 '{name}, fikringiz uchun rahmat! Bu biz uchun muhim — jamoamizga yetkazamiz.',
 'Review answer: thanks',
 '{name}, thank you for your review! Your opinion matters to us and we will share it with the team.',
 null, 'review', null, current_timestamp, current_timestamp, 'Yordam');
