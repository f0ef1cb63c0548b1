package io.yordam.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The bot's side of one conversation: whether it still has the customer, which step of a
 * dialogue it waits on, what it has gathered, and how it ended. Its verbs keep the rules:
 * once a person has the customer the bot stays silent; a contact within 72 hours after
 * the bot closed it means the bot did not contain it.
 */
@Entity
@Table(name = "bot_sessions")
class BotSession {

	static final Duration RECONTACT_WINDOW = Duration.ofHours(72);

	/** Who has the customer. */
	enum Mode {

		/** The bot answers. */
		ACTIVE,
		/** Handed to a person (waiting in the queue, or with an agent). */
		HANDED_OFF,
		/** A person had the conversation from the start, or took it. */
		HUMAN,
		/** The bot finished; a new message opens it again. */
		CLOSED

	}

	enum Outcome {

		CONTAINED, HANDED_OFF

	}

	@Id
	private UUID conversationId;

	private UUID ticketId;

	private String customerId;

	private String language;

	@Enumerated(EnumType.STRING)
	private Mode mode;

	@Enumerated(EnumType.STRING)
	private DialogueStep step;

	private String intent;

	private Double confidence;

	private String orderId;

	private String facts;

	private String offered;

	private UUID incidentId;

	private int unsureCount;

	private long lastSeq;

	/** Where the current dialogue began: the message before its first. */
	private long dialogueFrom;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String handoffReason;

	/** Why the customer read as angry in this dialogue ({@link Moods}), or null. */
	private String anger;

	/** Why the customer needs it now in this dialogue, or null. */
	private String urgency;

	private Instant startedAt;

	private Instant updatedAt;

	private Instant closedAt;

	private Instant recontactedAt;

	@Version
	private long version;

	protected BotSession() {
	}

	static BotSession start(UUID conversationId, UUID ticketId, String customerId, String language, boolean botHasIt,
			Instant now) {
		BotSession session = new BotSession();
		session.conversationId = conversationId;
		session.ticketId = ticketId;
		session.customerId = customerId;
		session.language = language;
		session.mode = botHasIt ? Mode.ACTIVE : Mode.HUMAN;
		session.step = DialogueStep.NONE;
		session.facts = "{}";
		session.startedAt = now;
		session.updatedAt = now;
		return session;
	}

	/** Whether the bot answers the next message (a closed session opens again). */
	boolean botAnswers() {
		return this.mode == Mode.ACTIVE || this.mode == Mode.CLOSED;
	}

	/** The customer wrote after the bot closed: the bot answers again. */
	void reopen(long fromSeq, Instant now) {
		if (this.mode == Mode.CLOSED) {
			this.mode = Mode.ACTIVE;
			this.step = DialogueStep.NONE;
			this.unsureCount = 0;
			// A new dialogue: the last one's order, facts and offer are not this one's.
			this.orderId = null;
			this.facts = "{}";
			this.offered = null;
			this.anger = null;
			this.urgency = null;
			this.dialogueFrom = Math.max(0, fromSeq - 1);
		}
		this.updatedAt = now;
	}

	/**
	 * A new request after the bot closed the conversation: within 72 hours, the bot did
	 * not contain it after all.
	 */
	void recontact(Instant now) {
		if (this.outcome == Outcome.CONTAINED && this.recontactedAt == null && this.closedAt != null
				&& now.isBefore(this.closedAt.plus(RECONTACT_WINDOW))) {
			this.recontactedAt = now;
		}
	}

	void seen(long seq) {
		this.lastSeq = Math.max(this.lastSeq, seq);
	}

	void understood(Intent intent, double confidence, String language, Instant now) {
		if (this.intent == null || intent.isRequest()) {
			// The conversation's intent is its first real request, not a greeting or
			// thanks.
			this.intent = intent.wireName();
			this.confidence = confidence;
		}
		if (language != null) {
			this.language = language;
		}
		this.updatedAt = now;
	}

	/**
	 * The customer writes in a language: the bot answers in it from now on. Whether it
	 * changed.
	 */
	boolean speaks(String language) {
		if (language == null || language.equals(this.language)) {
			return false;
		}
		this.language = language;
		return true;
	}

	/**
	 * What the customer's words showed of their mood. It stays for the dialogue: the
	 * customer who was angry or in a hurry two messages ago still is when a person takes
	 * over.
	 */
	void felt(String anger, String urgency) {
		if (anger != null) {
			this.anger = bounded(anger);
		}
		if (urgency != null && this.urgency == null) {
			this.urgency = bounded(urgency);
		}
	}

	private static String bounded(String reason) {
		return (reason.length() > 200) ? reason.substring(0, 200) : reason;
	}

	/** Unsure again; the second time in a row a person takes over. */
	boolean unsure() {
		this.unsureCount++;
		return this.unsureCount >= 2;
	}

	void sure() {
		this.unsureCount = 0;
	}

	void about(String orderId) {
		this.orderId = orderId;
	}

	void await(DialogueStep step, String facts) {
		this.step = step;
		this.facts = facts;
	}

	void offered(UUID incidentId, String offered) {
		this.incidentId = incidentId;
		this.offered = offered;
		this.step = DialogueStep.OFFERED;
	}

	void handedOff(String reason, Instant now) {
		this.mode = Mode.HANDED_OFF;
		this.step = DialogueStep.NONE;
		this.outcome = Outcome.HANDED_OFF;
		this.handoffReason = reason;
		this.closedAt = now;
		this.updatedAt = now;
	}

	/** A person answered: the bot steps back. */
	void personTookOver(Instant now) {
		if (this.mode == Mode.CLOSED) {
			// What the bot closed stays counted as it was; a person just has it now.
			this.mode = Mode.HUMAN;
		}
		else if (this.mode != Mode.HUMAN && this.mode != Mode.HANDED_OFF) {
			this.mode = Mode.HANDED_OFF;
			this.outcome = Outcome.HANDED_OFF;
			this.handoffReason = (this.handoffReason != null) ? this.handoffReason : "agent-took-over";
			this.closedAt = now;
		}
		this.updatedAt = now;
	}

	/** Solved without a person. */
	void closedByBot(Instant now) {
		this.mode = Mode.CLOSED;
		this.step = DialogueStep.NONE;
		this.outcome = Outcome.CONTAINED;
		this.closedAt = now;
		this.updatedAt = now;
	}

	/** Said goodbye with nothing to solve: closed, counted neither way. */
	void closedQuietly(Instant now) {
		this.mode = Mode.CLOSED;
		this.step = DialogueStep.NONE;
		this.updatedAt = now;
		if (this.closedAt == null) {
			this.closedAt = now;
		}
	}

	UUID conversationId() {
		return this.conversationId;
	}

	UUID ticketId() {
		return this.ticketId;
	}

	String customerId() {
		return this.customerId;
	}

	String language() {
		return this.language;
	}

	Mode mode() {
		return this.mode;
	}

	DialogueStep step() {
		return this.step;
	}

	String intent() {
		return this.intent;
	}

	Double confidence() {
		return this.confidence;
	}

	String orderId() {
		return this.orderId;
	}

	String facts() {
		return this.facts;
	}

	String offered() {
		return this.offered;
	}

	UUID incidentId() {
		return this.incidentId;
	}

	long dialogueFrom() {
		return this.dialogueFrom;
	}

	long lastSeq() {
		return this.lastSeq;
	}

	Outcome outcome() {
		return this.outcome;
	}

	String anger() {
		return this.anger;
	}

	String urgency() {
		return this.urgency;
	}

	/** Angry or in a hurry in this dialogue: a person should not keep them waiting. */
	boolean pressing() {
		return this.anger != null || this.urgency != null;
	}

	Instant closedAt() {
		return this.closedAt;
	}

	Instant recontactedAt() {
		return this.recontactedAt;
	}

}
