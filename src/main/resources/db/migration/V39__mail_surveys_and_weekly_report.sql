-- Issue 16: the weekly report by mail to supervisors and admins. An operator's address, set by an
-- admin on the staff page (none: no report for them).
ALTER TABLE operators ADD COLUMN email VARCHAR(254);

-- The email outbox carries mail that answers no chat message: a solved ticket's satisfaction
-- survey (threaded into its conversation) and the weekly report (no conversation at all). Such a
-- mail is queued once by its key ('csat:<survey>', 'weekly:<monday>:<operator>'): the unique key
-- is the proof across nodes and retries. Its HTML, when it has its own, is kept beside the text.
ALTER TABLE email_outbox ALTER COLUMN chat_message_id DROP NOT NULL;
ALTER TABLE email_outbox ALTER COLUMN conversation_id DROP NOT NULL;
ALTER TABLE email_outbox ADD COLUMN mail_key VARCHAR(200);
ALTER TABLE email_outbox ADD COLUMN html_body VARCHAR(60000);
CREATE UNIQUE INDEX email_outbox_once_per_key ON email_outbox (mail_key);
