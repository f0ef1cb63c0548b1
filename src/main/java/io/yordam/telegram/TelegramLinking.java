package io.yordam.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.customers.Customers;
import io.yordam.orders.Orders;
import io.yordam.push.DeviceKind;
import io.yordam.push.PushDevices;

/**
 * A chat becomes a platform account's in one of two ways: the deep link the app gave the
 * signed-in customer ({@code /start <token>}, used once), or the phone number Telegram
 * vouches is the user's own (the contact button), matched by the platform's orders. Until
 * then the chat is a contact of its own and the bot answers general questions.
 */
class TelegramLinking {

	private final TelegramContacts contacts;

	private final DeepLinks links;

	private final Orders orders;

	private final Customers customers;

	private final TelegramNotes notes;

	private final PushDevices devices;

	private final JdbcClient jdbc;

	private final Clock clock;

	TelegramLinking(TelegramContacts contacts, DeepLinks links, Orders orders, Customers customers, TelegramNotes notes,
			PushDevices devices, JdbcClient jdbc, Clock clock) {
		this.devices = devices;
		this.contacts = contacts;
		this.links = links;
		this.orders = orders;
		this.customers = customers;
		this.notes = notes;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** {@code /start}, with the deep link's token or without. */
	TelegramIntake.Outcome start(TelegramContacts.Contact contact, String token, String key) {
		if (token.isEmpty()) {
			this.notes.tell(contact, contact.linked() ? "telegram.welcome.linked" : "telegram.welcome", key,
					contact.who().name());
			if (!contact.linked()) {
				this.notes.askForPhone(contact, key);
			}
			return TelegramIntake.Outcome.TAKEN;
		}
		Optional<Participant> who = this.links.verify(token).filter(found -> firstUse(token, contact.chatId()));
		if (who.isEmpty()) {
			this.notes.tell(contact, "telegram.link.refused", key);
			return TelegramIntake.Outcome.REFUSED;
		}
		return link(contact, who.get(), key);
	}

	/** A contact shared from the keyboard: only the user's own number links. */
	TelegramIntake.Outcome phone(TelegramContacts.Contact contact, TelegramUpdate.Contact shared, String key) {
		if (!shared.own()) {
			this.notes.tell(contact, "telegram.phone.notOwn", key);
			return TelegramIntake.Outcome.REFUSED;
		}
		List<String> customers = this.orders.customersByPhone(shared.phone());
		if (customers.isEmpty()) {
			this.notes.tell(contact, "telegram.phone.unknown", key);
			return TelegramIntake.Outcome.REFUSED;
		}
		return link(contact, new Participant(PlatformRole.CUSTOMER, customers.get(0)), key);
	}

	private TelegramIntake.Outcome link(TelegramContacts.Contact contact, Participant who, String key) {
		PlatformUser user = this.customers.profile(who)
			.map(profile -> new PlatformUser(who.id(), who.role(), profile.name(),
					(profile.locale() != null) ? profile.locale() : contact.who().locale()))
			.orElseGet(() -> new PlatformUser(who.id(), who.role(), contact.who().name(), contact.who().locale()));
		this.contacts.link(contact.chatId(), user);
		// The chat now hears the customer's notices too (a chat linked again to another
		// customer is theirs from now on).
		this.devices.register(who, DeviceKind.TELEGRAM, String.valueOf(contact.chatId()), null, null);
		this.notes.tell(contact.chatId(), user.locale(), "telegram.linked", key, user.name());
		return TelegramIntake.Outcome.LINKED;
	}

	/** The link's first chat has it; the same chat may open it again. */
	private boolean firstUse(String token, long chatId) {
		String hash = sha256(token);
		this.jdbc
			.sql("""
					insert into telegram_used_links (token_hash, chat_id, used_at)
					select :hash, :chat, :now where not exists (select 1 from telegram_used_links where token_hash = :hash)""")
			.param("hash", hash)
			.param("chat", chatId)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		return this.jdbc.sql("select chat_id from telegram_used_links where token_hash = :hash")
			.param("hash", hash)
			.query(Long.class)
			.single() == chatId;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
