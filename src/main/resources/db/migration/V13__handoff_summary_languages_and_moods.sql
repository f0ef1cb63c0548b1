-- Issue 11 (voice and hand-off). Numbered 11, not 10: another change of the same issue may
-- take 10, and Flyway runs the two in order either way (neither reads the other's tables).

-- The bot's hand-off summary in each of the desk's languages: every agent reads it in theirs.
-- A person's note has no row here (it is in the words they wrote).
create table ticket_note_translations (
    note_id uuid not null references ticket_notes (id),
    language varchar(8) not null,
    body varchar(4000) not null,
    primary key (note_id, language)
);

-- What the bot read of the customer's mood in the current dialogue (why angry, why urgent):
-- a later hand-off keeps the priority, and the summary says why.
alter table bot_sessions add column anger varchar(200);
alter table bot_sessions add column urgency varchar(200);
