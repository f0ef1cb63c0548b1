package io.yordam.telegram;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * One update from Telegram as the channel understands it: a text, a photo, a shared
 * contact, a tap on an inline button, or something it does not handle (kept so that its
 * id still advances the offset).
 */
sealed interface TelegramUpdate {

	long updateId();

	/** Who wrote, as Telegram says: their name and the language of their app. */
	record Sender(long id, String name, String language) {

		/** The desk's language closest to the app's: ru, uz or en (ru otherwise). */
		String locale() {
			String code = (this.language == null) ? "" : this.language.toLowerCase(Locale.ROOT);
			return code.startsWith("uz") ? "uz" : code.startsWith("en") ? "en" : "ru";
		}

	}

	record Text(long updateId, long chatId, long messageId, Sender from, String text) implements TelegramUpdate {
	}

	record Photo(long updateId, long chatId, long messageId, Sender from, String fileId, long fileSize,
			String caption) implements TelegramUpdate {
	}

	/**
	 * A phone number shared with the keyboard's button: {@code own} when it is the
	 * sender's own (Telegram sets the contact's user_id to theirs), not a contact they
	 * forwarded.
	 */
	record Contact(long updateId, long chatId, long messageId, Sender from, String phone,
			boolean own) implements TelegramUpdate {
	}

	/** A tap on an inline button under one of the bot's messages. */
	record Tap(long updateId, String callbackId, long chatId, long messageId, Sender from,
			String data) implements TelegramUpdate {
	}

	record Other(long updateId) implements TelegramUpdate {
	}

	/** Reads Telegram's Update object; what it does not know is {@link Other}. */
	static TelegramUpdate of(JsonNode update) {
		long id = update.path("update_id").asLong(-1);
		if (id < 0) {
			throw new IllegalArgumentException("update_id");
		}
		JsonNode tap = update.path("callback_query");
		if (tap.isObject() && tap.path("message").isObject()) {
			JsonNode message = tap.path("message");
			return new Tap(id, tap.path("id").asString(""), message.path("chat").path("id").asLong(),
					message.path("message_id").asLong(), sender(tap.path("from")), tap.path("data").asString(""));
		}
		JsonNode message = update.path("message");
		if (!message.isObject() || !"private".equals(message.path("chat").path("type").asString(""))) {
			// Groups and channels are not support's conversations.
			return new Other(id);
		}
		long chat = message.path("chat").path("id").asLong();
		long messageId = message.path("message_id").asLong();
		Sender from = sender(message.path("from"));
		if (message.path("text").isString()) {
			return new Text(id, chat, messageId, from, message.path("text").asString());
		}
		if (message.path("photo").isArray() && !message.path("photo").isEmpty()) {
			// Telegram lists the sizes smallest first: the largest is the original.
			JsonNode largest = message.path("photo").get(message.path("photo").size() - 1);
			return new Photo(id, chat, messageId, from, largest.path("file_id").asString(),
					largest.path("file_size").asLong(0), message.path("caption").asString(null));
		}
		if (message.path("contact").isObject()) {
			JsonNode contact = message.path("contact");
			return new Contact(id, chat, messageId, from, contact.path("phone_number").asString(""),
					contact.path("user_id").asLong(-1) == from.id());
		}
		return new Other(id);
	}

	private static Sender sender(JsonNode from) {
		String name = (from.path("first_name").asString("") + " " + from.path("last_name").asString("")).strip();
		return new Sender(from.path("id").asLong(), name.isEmpty() ? from.path("username").asString("") : name,
				from.path("language_code").asString(null));
	}

}
