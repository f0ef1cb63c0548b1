package io.yordam.conversations;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A quick reply a message offers (the message owns the row: see {@code Message#actions}).
 */
@Entity
@Table(name = "message_actions")
class MessageAction {

	@Id
	private String actionId;

	private UUID conversationId;

	private int position;

	private String label;

	/** {@link QuickReply#aside()}. */
	private boolean aside;

	protected MessageAction() {
	}

	MessageAction(QuickReply reply, UUID conversationId, int position) {
		this.actionId = reply.id();
		this.conversationId = conversationId;
		this.position = position;
		this.label = reply.label();
		this.aside = reply.aside();
	}

	QuickReply reply() {
		return new QuickReply(this.actionId, this.label, this.aside);
	}

	UUID conversationId() {
		return this.conversationId;
	}

	int position() {
		return this.position;
	}

}
