package io.yordam.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who a Telegram chat is. A chat linked to a platform account (by a deep link or a shared
 * phone) is that customer, courier or partner, with their orders; any other is a contact
 * of its own ({@code tg-<chat>}) from its first message.
 */
final class TelegramContacts {

	record Contact(long chatId, PlatformUser who, UUID conversationId, boolean linked) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	TelegramContacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The chat's contact, made on its first update and locked for the rest of the
	 * transaction: one chat's updates are taken one at a time.
	 */
	Contact lock(long chatId, TelegramUpdate.Sender from) {
		Optional<Contact> found = find(chatId, true);
		if (found.isPresent()) {
			return found.get();
		}
		// Two first updates at once: the second insert is refused by the key, and the
		// caller's retry finds the first contact.
		this.jdbc
			.sql("""
					insert into telegram_contacts (chat_id, participant_role, participant_id, display_name, locale, created_at)
					values (:chat, 'CUSTOMER', :id, :name, :locale, :now)""")
			.param("chat", chatId)
			.param("id", "tg-" + chatId)
			.param("name", from.name().isBlank() ? "Telegram " + chatId : cut(from.name(), 200))
			.param("locale", from.locale())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		return find(chatId, true).orElseThrow();
	}

	Optional<Contact> find(long chatId) {
		return find(chatId, false);
	}

	/**
	 * From now on the chat is this platform account; its next message starts a
	 * conversation of theirs.
	 */
	void link(long chatId, PlatformUser who) {
		this.jdbc.sql("""
				update telegram_contacts set participant_role = :role, participant_id = :id, display_name = :name,
				locale = :locale, conversation_id = null, linked_at = :now where chat_id = :chat""")
			.param("role", who.role().name())
			.param("id", who.id())
			.param("name", cut(who.name(), 200))
			.param("locale", who.locale())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("chat", chatId)
			.update();
	}

	/** The chat's current conversation, which its next messages join. */
	void remember(long chatId, UUID conversationId) {
		this.jdbc.sql("update telegram_contacts set conversation_id = :conversation where chat_id = :chat")
			.param("conversation", conversationId)
			.param("chat", chatId)
			.update();
		this.jdbc.sql("insert into telegram_conversations (conversation_id, chat_id) values (:conversation, :chat)")
			.param("conversation", conversationId)
			.param("chat", chatId)
			.update();
	}

	/** The chat a conversation is answered in. */
	Optional<Long> chatOf(UUID conversationId) {
		return this.jdbc.sql("select chat_id from telegram_conversations where conversation_id = :conversation")
			.param("conversation", conversationId)
			.query(Long.class)
			.optional();
	}

	/** The chat last linked to the participant (role and id), if any. */
	Optional<Long> chatOf(io.yordam.access.Participant who) {
		return this.jdbc.sql("""
				select chat_id from telegram_contacts where participant_role = :role and participant_id = :id
				and linked_at is not null order by linked_at desc""")
			.param("role", who.role().name())
			.param("id", who.id())
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	private Optional<Contact> find(long chatId, boolean lock) {
		return this.jdbc.sql("""
				select participant_role, participant_id, display_name, locale, conversation_id, linked_at
				from telegram_contacts where chat_id = :chat""" + (lock ? " for update" : ""))
			.param("chat", chatId)
			.query((rs, row) -> new Contact(chatId,
					new PlatformUser(rs.getString(2), PlatformRole.valueOf(rs.getString(1)), rs.getString(3),
							rs.getString(4)),
					rs.getObject(5, UUID.class), rs.getTimestamp(6) != null))
			.optional();
	}

	static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
