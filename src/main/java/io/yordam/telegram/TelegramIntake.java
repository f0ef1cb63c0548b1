package io.yordam.telegram;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import io.yordam.common.InvalidInputException;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ChannelConversations;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.conversations.QuickReply;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

/**
 * Takes one update, once per update_id, in one transaction under the chat's row lock: the
 * record of the update, the contact, the conversation and its message together, or
 * nothing. A chat's messages join its current conversation until that one's ticket is
 * solved; then the next message starts a new one. Linking ({@code /start <token>}, a
 * shared phone) is {@link TelegramLinking}'s.
 */
class TelegramIntake {

	enum Outcome {

		TAKEN, DUPLICATE, IGNORED, LINKED, REFUSED

	}

	private final JdbcClient jdbc;

	private final TelegramContacts contacts;

	private final TelegramLinking linking;

	private final ChannelConversations channels;

	private final Conversations conversations;

	private final TicketDesk tickets;

	private final TelegramNotes notes;

	private final Clock clock;

	TelegramIntake(JdbcClient jdbc, TelegramContacts contacts, TelegramLinking linking, ChannelConversations channels,
			Conversations conversations, TicketDesk tickets, TelegramNotes notes, Clock clock) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.linking = linking;
		this.channels = channels;
		this.conversations = conversations;
		this.tickets = tickets;
		this.notes = notes;
		this.clock = clock;
	}

	/**
	 * @param image the photo's bytes, fetched before the transaction; null when it could
	 * not be (too large, Telegram away)
	 */
	@Transactional
	Outcome take(TelegramUpdate update, byte[] image) {
		if (!firstTime(update)) {
			return Outcome.DUPLICATE;
		}
		return switch (update) {
			case TelegramUpdate.Other other -> Outcome.IGNORED;
			case TelegramUpdate.Text text when text.text().startsWith("/start") -> this.linking
				.start(this.contacts.lock(text.chatId(), text.from()), text.text().substring(6).strip(), key(update));
			case TelegramUpdate.Contact contact ->
				this.linking.phone(this.contacts.lock(contact.chatId(), contact.from()), contact, key(update));
			case TelegramUpdate.Text text -> {
				TelegramContacts.Contact contact = this.contacts.lock(text.chatId(), text.from());
				this.channels.receive(current(contact, text.text()), text.text(), key(update));
				yield Outcome.TAKEN;
			}
			case TelegramUpdate.Photo photo -> photo(photo, image);
			case TelegramUpdate.Tap tap -> tap(tap);
		};
	}

	/**
	 * An update the chat refused (the flood limit, a text over the chat's length): taken
	 * as refused, and the user told why in their language.
	 */
	@Transactional
	Outcome refuse(TelegramUpdate update, String rule) {
		if (!firstTime(update)) {
			return Outcome.DUPLICATE;
		}
		long chat = switch (update) {
			case TelegramUpdate.Text text -> text.chatId();
			case TelegramUpdate.Photo photo -> photo.chatId();
			case TelegramUpdate.Contact contact -> contact.chatId();
			case TelegramUpdate.Tap tap -> tap.chatId();
			case TelegramUpdate.Other other -> 0;
		};
		this.contacts.find(chat).ifPresent(contact -> this.notes.tell(contact, switch (rule) {
			case "message-flood" -> "telegram.refused.flood";
			case "max-length" -> "telegram.refused.tooLong";
			default -> "telegram.refused";
		}, key(update)));
		return Outcome.REFUSED;
	}

	private Outcome photo(TelegramUpdate.Photo photo, byte[] image) {
		TelegramContacts.Contact contact = this.contacts.lock(photo.chatId(), photo.from());
		ConversationId conversation = current(contact, photo.caption());
		if (image != null) {
			try {
				this.channels.receiveImage(conversation, image, photo.caption(), key(photo));
				return Outcome.TAKEN;
			}
			catch (InvalidInputException ex) {
				// Not an image the chat takes after all: the agent sees that one came.
			}
		}
		String caption = (photo.caption() == null) ? "" : photo.caption();
		this.channels.receive(conversation, ("📎✗ " + caption).strip(), key(photo));
		this.notes.tell(contact, "telegram.photo.refused", key(photo));
		return Outcome.TAKEN;
	}

	/**
	 * A tap names the bot's message by Telegram's id and the button by its position: the
	 * quick reply is the one that message offered, in that conversation only.
	 */
	private Outcome tap(TelegramUpdate.Tap tap) {
		TelegramContacts.Contact contact = this.contacts.lock(tap.chatId(), tap.from());
		Optional<Object[]> sent = this.jdbc
			.sql("""
					select conversation_id, seq from telegram_sent where chat_id = :chat and telegram_message_id = :message""")
			.param("chat", contact.chatId())
			.param("message", tap.messageId())
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getLong(2) })
			.optional();
		if (sent.isEmpty() || !tap.data().matches("a:\\d{1,2}")) {
			return Outcome.IGNORED;
		}
		ConversationId conversation = new ConversationId((UUID) sent.get()[0]);
		long seq = (Long) sent.get()[1];
		List<MessageView> offered = this.conversations.messagesAfter(conversation, seq - 1, 1);
		int position = Integer.parseInt(tap.data().substring(2));
		if (offered.isEmpty() || offered.get(0).actions() == null || position >= offered.get(0).actions().size()) {
			return Outcome.IGNORED;
		}
		QuickReply chosen = offered.get(0).actions().get(position);
		try {
			this.channels.receiveChoice(conversation, chosen.id(), key(tap));
			return Outcome.TAKEN;
		}
		catch (InvalidInputException ex) {
			return Outcome.IGNORED;
		}
	}

	/**
	 * The chat's conversation: its current one while that one's ticket is open and of the
	 * same account, else a new one.
	 */
	private ConversationId current(TelegramContacts.Contact contact, String firstWords) {
		if (contact.conversationId() != null) {
			boolean open = this.tickets.findOfConversation(contact.conversationId())
				.map(TicketSummary::status)
				.map(status -> status != TicketStatus.SOLVED && status != TicketStatus.CLOSED)
				.orElse(true);
			boolean theirs = this.conversations.find(new ConversationId(contact.conversationId()))
				.filter(found -> found.participant().equals(contact.who().participant()))
				.isPresent();
			if (open && theirs) {
				return new ConversationId(contact.conversationId());
			}
		}
		String subject = (firstWords == null || firstWords.isBlank()) ? "Telegram"
				: TelegramContacts.cut(firstWords.strip(), 120);
		var started = this.channels.start(contact.who(), Channel.TELEGRAM, subject,
				"tg:" + contact.chatId() + ":" + this.clock.millis());
		this.contacts.remember(contact.chatId(), started.id().value());
		return started.id();
	}

	private boolean firstTime(TelegramUpdate update) {
		return this.jdbc.sql("""
				insert into telegram_updates (update_id, kind, received_at)
				select :id, :kind, :now where not exists (select 1 from telegram_updates where update_id = :id)""")
			.param("id", update.updateId())
			.param("kind", update.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT))
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	/** The client message id of what an update wrote: the same for the same update. */
	static String key(TelegramUpdate update) {
		return "tg:" + update.updateId();
	}

	static UUID noteId(String key) {
		return UUID.nameUUIDFromBytes(("telegram-note:" + key).getBytes(StandardCharsets.UTF_8));
	}

}
