package io.yordam.conversations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One message; immutable once written. */
@Entity
@Table(name = "messages")
class Message {

	@Id
	private UUID id;

	private UUID conversationId;

	private long seq;

	@Enumerated(EnumType.STRING)
	private AuthorKind authorKind;

	private String authorId;

	private String authorName;

	private String body;

	private String clientMessageId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "attachment_id")
	private Attachment attachment;

	private Instant createdAt;

	protected Message() {
	}

	Message(UUID conversationId, long seq, AuthorKind authorKind, String authorId, String authorName, String body,
			String clientMessageId, Attachment attachment, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.conversationId = conversationId;
		this.seq = seq;
		this.authorKind = authorKind;
		this.authorId = authorId;
		this.authorName = authorName;
		this.body = body;
		this.clientMessageId = clientMessageId;
		this.attachment = attachment;
		this.createdAt = createdAt;
	}

	MessageView view() {
		return new MessageView(this.id, this.seq, this.authorKind, this.authorName, this.body,
				(this.attachment != null) ? this.attachment.id() : null,
				(this.attachment != null) ? this.attachment.contentType() : null, this.clientMessageId, this.createdAt);
	}

	MessagePosted posted() {
		String preview = (this.body == null) ? "[image]"
				: (this.body.length() > 140 ? this.body.substring(0, 140) + "…" : this.body);
		return new MessagePosted(new ConversationId(this.conversationId), this.id, this.seq, this.authorKind,
				this.authorId, preview, this.createdAt);
	}

	@Override
	public String toString() {
		return "Message[" + this.conversationId + " #" + this.seq + "]";
	}

}
