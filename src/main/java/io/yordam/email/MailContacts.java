package io.yordam.email;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;

/**
 * Who a mail address is. An address linked to a platform customer, courier or partner is
 * them, with their history; any other gets a contact of its own (a customer
 * {@code mail-…}) the first time it writes, which an agent can link later.
 */
final class MailContacts implements EmailContacts {

	private final JdbcClient jdbc;

	private final Clock clock;

	MailContacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The participant writing from this address; a new contact for a new address. */
	PlatformUser whoWrites(String address, String name) {
		return find(address).orElseGet(() -> {
			// Two mails of a new sender at once: the second insert is refused by the
			// key, and its retry finds the first contact.
			this.jdbc
				.sql("""
						insert into email_contacts (address, participant_role, participant_id, display_name, locale, created_at)
						values (:address, 'CUSTOMER', :id, :name, 'ru', :now)""")
				.param("address", address)
				.param("id", "mail-" + UUID.randomUUID().toString().substring(0, 13))
				.param("name", (name == null || name.isBlank()) ? address : name.strip())
				.param("now", java.sql.Timestamp.from(this.clock.instant()))
				.update();
			return find(address).orElseThrow();
		});
	}

	/**
	 * Links an address to a platform participant (the demo's customers, an agent's link).
	 */
	@Override
	public void link(String address, PlatformUser participant) {
		int updated = this.jdbc.sql("""
				update email_contacts set participant_role = :role, participant_id = :id, display_name = :name,
				locale = :locale where address = :address""")
			.param("role", participant.role().name())
			.param("id", participant.id())
			.param("name", participant.name())
			.param("locale", participant.locale())
			.param("address", address.toLowerCase(java.util.Locale.ROOT))
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						insert into email_contacts (address, participant_role, participant_id, display_name, locale, created_at)
						values (:address, :role, :id, :name, :locale, :now)""")
				.param("address", address.toLowerCase(java.util.Locale.ROOT))
				.param("role", participant.role().name())
				.param("id", participant.id())
				.param("name", participant.name())
				.param("locale", participant.locale())
				.param("now", java.sql.Timestamp.from(this.clock.instant()))
				.update();
		}
	}

	/** The address last linked to the participant (role and id), if any. */
	Optional<String> addressOf(io.yordam.access.Participant who) {
		return this.jdbc.sql("""
				select address from email_contacts where participant_role = :role and participant_id = :id
				order by created_at desc""")
			.param("role", who.role().name())
			.param("id", who.id())
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	private Optional<PlatformUser> find(String address) {
		return this.jdbc
			.sql("""
					select participant_role, participant_id, display_name, locale from email_contacts where address = :address""")
			.param("address", address)
			.query((rs, row) -> new PlatformUser(rs.getString(2), PlatformRole.valueOf(rs.getString(1)),
					rs.getString(3), rs.getString(4)))
			.optional();
	}

}
