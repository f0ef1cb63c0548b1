package io.yordam.bot;

import java.time.Instant;
import java.util.List;

import io.yordam.conversations.MessageView;
import io.yordam.conversations.QuickReply;
import tools.jackson.databind.ObjectMapper;

/**
 * Answering a customer's messages, within their conversation's lock: the bot's session,
 * the customer's orders (read once for all the messages), what the bot has gathered so
 * far, and its voice in the customer's language. What the bot posts in answer to a
 * message has an id derived from that message, so a retried run posts nothing twice.
 */
final class Turn {

	private final BotSession session;

	private final String chatOrderId;

	private final OrderContext orders;

	private final BotVoice voice;

	private final ObjectMapper mapper;

	private MessageView message;

	private int said;

	/**
	 * @param chatOrderId the order the chat was opened from, if any
	 */
	Turn(BotSession session, String chatOrderId, OrderContext orders, BotVoice voice, ObjectMapper mapper) {
		this.session = session;
		this.chatOrderId = chatOrderId;
		this.orders = orders;
		this.voice = voice;
		this.mapper = mapper;
	}

	/** On to the next message: what the bot says now answers it. */
	void answering(MessageView next) {
		this.message = next;
		this.said = 0;
	}

	/**
	 * The customer wrote: a conversation the bot had closed is open again, its ticket the
	 * bot's. Whether it had been closed.
	 */
	boolean reopen(Instant now) {
		boolean wasClosed = this.session.mode() == BotSession.Mode.CLOSED;
		this.session.reopen(this.message.seq(), now);
		if (wasClosed) {
			this.voice.reopened(this.session);
		}
		return wasClosed;
	}

	BotSession session() {
		return this.session;
	}

	MessageView message() {
		return this.message;
	}

	OrderContext orders() {
		return this.orders;
	}

	String chatOrderId() {
		return this.chatOrderId;
	}

	/** What the session has gathered so far. */
	Gathered gathered() {
		return Gathered.of(this.session, this.mapper);
	}

	/** The bot asks, and keeps what it gathered for the answer. */
	void await(DialogueStep step, Gathered gathered) {
		this.session.await(step, this.mapper.writeValueAsString(gathered));
	}

	/** The bot asks, with nothing gathered (or nothing left waiting). */
	void await(DialogueStep step) {
		this.session.await(step, "{}");
	}

	BotWording wording() {
		return this.voice.wording(this.session.language());
	}

	String text(String key, Object... args) {
		return wording().text(key, args);
	}

	QuickReply button(BotButton.Kind kind, String value, String label) {
		return new BotButton(this.session.conversationId(), this.message.seq(), kind, value).labelled(label);
	}

	void say(String text) {
		say(text, List.of());
	}

	void say(String text, List<QuickReply> replies) {
		this.voice.say(this.session, text, replies, nextId());
	}

	void handOff(Classification understood, String reason) {
		handOff(understood, reason, false);
	}

	/**
	 * @param pressing the customer should not wait (angry, a repeated failure, health):
	 * the bot apologises, and the ticket is high priority
	 */
	void handOff(Classification understood, String reason, boolean pressing) {
		this.voice.handOff(this.session, understood, reason, this.message, pressing, nextId());
	}

	/** The bot could not answer the message it is answering (for the knowledge gaps). */
	void couldNotAnswer(String reason) {
		this.voice.couldNotAnswer(this.session, this.message, reason);
	}

	/**
	 * The customer writes in a language: the bot answers in it from now on, and so does
	 * the desk in this chat (a playbook's offer).
	 */
	void follow(String language) {
		if (this.session.speaks(language)) {
			this.voice.speaks(this.session);
		}
	}

	/** Solved without a person. */
	void closeContained(Instant now) {
		this.session.closedByBot(now);
		this.voice.solved(this.session);
	}

	/** Closed with nothing to solve: counted neither way. */
	void closeQuietly(Instant now) {
		this.session.closedQuietly(now);
		this.voice.solved(this.session);
	}

	private String nextId() {
		return "bot-" + this.message.seq() + "-" + this.said++;
	}

}
