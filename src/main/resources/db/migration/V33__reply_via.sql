-- Issue 15 §4: an agent may answer on another channel the customer has (their linked mail address,
-- their Telegram chat) than the one the conversation came by. NULL: the conversation's own.
ALTER TABLE messages ADD COLUMN deliver_via VARCHAR(16);
