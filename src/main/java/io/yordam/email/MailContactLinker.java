package io.yordam.email;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.conversations.ChannelContactLinker;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent links a mail contact ({@code mail-…}) to a platform account: every address
 * that contact wrote from is the account's from then on.
 */
final class MailContactLinker implements ChannelContactLinker {

	private final JdbcClient jdbc;

	MailContactLinker(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean supports(Participant contact) {
		return contact.role() == PlatformRole.CUSTOMER && contact.id().startsWith("mail-");
	}

	@Override
	public void link(Participant contact, PlatformUser account) {
		this.jdbc.sql("""
				update email_contacts set participant_role = :role, participant_id = :id, display_name = :name,
				locale = :locale where participant_role = :contactRole and participant_id = :contactId""")
			.param("role", account.role().name())
			.param("id", account.id())
			.param("name", account.name())
			.param("locale", account.locale())
			.param("contactRole", contact.role().name())
			.param("contactId", contact.id())
			.update();
	}

}
