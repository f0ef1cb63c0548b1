package io.yordam.telegram;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The channel's own words to a chat (a welcome, a link confirmed or refused), in the
 * chat's language, through the outbox like everything else that leaves: once per update
 * that asked for them.
 */
class TelegramNotes {

	private final TelegramOutbox outbox;

	private final MessageSource messages;

	TelegramNotes(TelegramOutbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	void tell(TelegramContacts.Contact contact, String code, String key, Object... arguments) {
		tell(contact.chatId(), contact.who().locale(), code, key, arguments);
	}

	void tell(long chatId, String locale, String code, String key, Object... arguments) {
		this.outbox.queue(new TelegramOutbox.Outgoing(TelegramIntake.noteId(key + ":" + code), chatId,
				TelegramOutbox.Kind.MESSAGE, null, 0, text(locale, code, arguments), List.of(), null));
	}

	/** The keyboard button that shares the user's own number. */
	void askForPhone(TelegramContacts.Contact contact, String key) {
		String locale = contact.who().locale();
		this.outbox.queue(new TelegramOutbox.Outgoing(TelegramIntake.noteId(key + ":phone"), contact.chatId(),
				TelegramOutbox.Kind.ASK_PHONE, null, 0, text(locale, "telegram.phone.ask"),
				List.of(text(locale, "telegram.phone.button")), null));
	}

	private String text(String locale, String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.forLanguageTag(locale));
	}

}
