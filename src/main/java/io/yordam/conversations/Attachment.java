package io.yordam.conversations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An image sent in a chat, kept in the database so that every node serves it. */
@Entity
@Table(name = "attachments")
class Attachment {

	@Id
	private UUID id;

	private UUID conversationId;

	private String contentType;

	private int sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	private byte[] data;

	private Instant createdAt;

	protected Attachment() {
	}

	Attachment(UUID conversationId, ImageContentPolicy.Image image, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.conversationId = conversationId;
		this.contentType = image.contentType();
		this.sizeBytes = image.data().length;
		this.data = image.data();
		this.createdAt = createdAt;
	}

	UUID id() {
		return this.id;
	}

	UUID conversationId() {
		return this.conversationId;
	}

	String contentType() {
		return this.contentType;
	}

	byte[] data() {
		return this.data;
	}

}
