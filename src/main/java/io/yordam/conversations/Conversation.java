package io.yordam.conversations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;

/**
 * A conversation owns the numbering of its messages: {@link #append} hands out the next
 * sequence number, so both sides can order and catch up by it.
 */
@Entity
@Table(name = "conversations")
class Conversation {

	@Id
	private UUID id;

	private String participantId;

	@Enumerated(EnumType.STRING)
	private PlatformRole participantRole;

	private String participantName;

	private String participantLocale;

	private String orderId;

	@Enumerated(EnumType.STRING)
	private Channel channel = Channel.CHAT;

	// The client message id the participant started it with: a retry finds it.
	private String startKey;

	private Instant createdAt;

	private Instant lastMessageAt;

	private long lastSeq;

	private long participantReadSeq;

	private long supportReadSeq;

	@Version
	private long version;

	/**
	 * This instance was read under its row lock: it lives in one transaction's
	 * persistence context only, so the flag means "locked by this transaction".
	 */
	@Transient
	private boolean lockedHere;

	protected Conversation() {
	}

	static Conversation start(PlatformUser participant, String orderId, Instant now) {
		return start(participant, orderId, null, now);
	}

	/** Started by the participant; a retry with the same start key finds this one. */
	static Conversation start(PlatformUser participant, String orderId, String startKey, Instant now) {
		Conversation conversation = new Conversation();
		conversation.startKey = startKey;
		conversation.id = UUID.randomUUID();
		conversation.participantId = participant.id();
		conversation.participantRole = participant.role();
		conversation.participantName = participant.name();
		conversation.participantLocale = participant.locale();
		conversation.orderId = orderId;
		conversation.createdAt = now;
		return conversation;
	}

	/** Started on another channel than the app's chat (a mail, a Telegram message). */
	static Conversation startOn(Channel channel, PlatformUser participant, String startKey, Instant now) {
		return startOn(channel, participant, null, startKey, now);
	}

	/** Started on another channel, about an order the channel could tell (a review). */
	static Conversation startOn(Channel channel, PlatformUser participant, String orderId, String startKey,
			Instant now) {
		Conversation conversation = start(participant, orderId, startKey, now);
		conversation.channel = channel;
		return conversation;
	}

	Channel channel() {
		return this.channel;
	}

	/** Whether a start with this key asked for the same thing (the same order). */
	boolean startedAbout(String orderId) {
		return java.util.Objects.equals(this.orderId, orderId);
	}

	/** Whether this transaction has read it under its row lock already. */
	boolean lockedHere() {
		return this.lockedHere;
	}

	void lockedNow() {
		this.lockedHere = true;
	}

	Message append(AuthorKind kind, String authorId, String authorName, String text, String clientMessageId,
			Attachment attachment, Instant now) {
		this.lastSeq++;
		this.lastMessageAt = now;
		if (kind == AuthorKind.PARTICIPANT) {
			this.participantReadSeq = this.lastSeq;
		}
		else if (kind == AuthorKind.AGENT) {
			this.supportReadSeq = this.lastSeq;
		}
		return new Message(this.id, this.lastSeq, kind, authorId, authorName, text, clientMessageId, attachment, now);
	}

	/**
	 * The participant writes in another language than their app's: what the desk tells
	 * them from now on is in it. Only the desk's languages; anything else keeps the one
	 * they have.
	 */
	boolean speaks(String language) {
		if (language == null || !language.matches("ru|uz|en") || language.equals(this.participantLocale)) {
			return false;
		}
		this.participantLocale = language;
		return true;
	}

	/** Read marks only move forward and never past the last message. */
	boolean markReadByParticipant(long seq) {
		long bounded = Math.min(seq, this.lastSeq);
		if (bounded <= this.participantReadSeq) {
			return false;
		}
		this.participantReadSeq = bounded;
		return true;
	}

	boolean markReadBySupport(long seq) {
		long bounded = Math.min(seq, this.lastSeq);
		if (bounded <= this.supportReadSeq) {
			return false;
		}
		this.supportReadSeq = bounded;
		return true;
	}

	/**
	 * Role and id together: a courier whose id equals a customer's is still somebody
	 * else.
	 */
	boolean belongsTo(Participant participant) {
		return this.participantRole == participant.role() && this.participantId.equals(participant.id());
	}

	ConversationId id() {
		return new ConversationId(this.id);
	}

	String participantId() {
		return this.participantId;
	}

	Participant participant() {
		return new Participant(this.participantRole, this.participantId);
	}

	ConversationView view() {
		return new ConversationView(id(), this.participantId, this.participantRole, this.participantName,
				this.participantLocale, this.orderId, this.createdAt, this.lastMessageAt, this.lastSeq,
				this.participantReadSeq, this.supportReadSeq, this.channel);
	}

	@Override
	public String toString() {
		return "Conversation[" + this.id + "]";
	}

}
