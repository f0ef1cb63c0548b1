package io.yordam.telegram;

import java.sql.Timestamp;
import java.time.Clock;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.conversations.ChannelContactLinker;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent links a Telegram contact ({@code tg-<chat>}) to a platform account, as the
 * app's deep link or a shared phone would: the chat's next message starts a conversation
 * of the account's.
 */
final class TelegramContactLinker implements ChannelContactLinker {

	private final JdbcClient jdbc;

	private final Clock clock;

	TelegramContactLinker(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean supports(Participant contact) {
		return contact.role() == PlatformRole.CUSTOMER && contact.id().startsWith("tg-");
	}

	@Override
	public void link(Participant contact, PlatformUser account) {
		this.jdbc.sql("""
				update telegram_contacts set participant_role = :role, participant_id = :id, display_name = :name,
				locale = :locale, conversation_id = null, linked_at = :now
				where participant_role = :contactRole and participant_id = :contactId""")
			.param("role", account.role().name())
			.param("id", account.id())
			.param("name", TelegramContacts.cut(account.name(), 200))
			.param("locale", account.locale())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("contactRole", contact.role().name())
			.param("contactId", contact.id())
			.update();
	}

}
