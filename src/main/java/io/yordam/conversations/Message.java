package io.yordam.conversations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.yordam.common.SearchAnalysis;
import jakarta.persistence.CascadeType;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One message; immutable once written. */
@Entity
@Table(name = "messages")
@Indexed(index = "message")
class Message {

	@Id
	private UUID id;

	@GenericField
	private UUID conversationId;

	private long seq;

	@Enumerated(EnumType.STRING)
	private AuthorKind authorKind;

	private String authorId;

	private String authorName;

	@FullTextField(name = "text_ru", analyzer = SearchAnalysis.RUSSIAN)
	@FullTextField(name = "text_en", analyzer = SearchAnalysis.ENGLISH)
	@FullTextField(name = "text_folded", analyzer = SearchAnalysis.FOLDED)
	private String body;

	private String clientMessageId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "attachment_id")
	private Attachment attachment;

	@GenericField(sortable = Sortable.YES)
	private Instant createdAt;

	/** The quick reply this (customer's) message chose. */
	private String actionId;

	/** The quick reply chosen answers on the side ({@link QuickReply#aside()}). */
	private boolean aside;

	/**
	 * The channel support chose for this message when not the conversation's own (null:
	 * the conversation's).
	 */
	@Enumerated(EnumType.STRING)
	private Channel deliverVia;

	/** The quick replies this (support's) message offers. */
	@OneToMany(fetch = FetchType.LAZY, cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@JoinColumn(name = "message_id", nullable = false, updatable = false)
	@OrderBy("position")
	@BatchSize(size = 100)
	private List<MessageAction> actions = new ArrayList<>();

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

	void deliverVia(Channel channel) {
		this.deliverVia = channel;
	}

	Message choosing(String actionId) {
		return choosing(actionId, false);
	}

	Message choosing(String actionId, boolean aside) {
		this.actionId = actionId;
		this.aside = actionId != null && aside;
		return this;
	}

	List<MessageAction> offering(List<QuickReply> replies) {
		for (int i = 0; i < replies.size(); i++) {
			this.actions.add(new MessageAction(replies.get(i), this.conversationId, i));
		}
		return this.actions;
	}

	MessageView view() {
		return new MessageView(this.id, this.seq, this.authorKind, this.authorName, this.body,
				(this.attachment != null) ? this.attachment.id() : null,
				(this.attachment != null) ? this.attachment.contentType() : null, this.clientMessageId, this.createdAt,
				this.actions.stream().map(MessageAction::reply).toList(), this.actionId, this.deliverVia, this.aside);
	}

	MessageHit hit() {
		return new MessageHit(this.conversationId, this.id, this.seq, this.authorKind, this.body, this.createdAt);
	}

	MessagePosted posted() {
		String preview = (this.body == null) ? "[image]"
				: (this.body.length() > 140 ? this.body.substring(0, 140) + "…" : this.body);
		return new MessagePosted(new ConversationId(this.conversationId), this.id, this.seq, this.authorKind,
				this.authorId, preview, this.createdAt, this.actionId, this.aside);
	}

	@Override
	public String toString() {
		return "Message[" + this.conversationId + " #" + this.seq + "]";
	}

}
