package io.yordam.knowledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One reader's "did this help?" on one article: a second vote changes it, never adds to
 * it.
 */
@Entity
@Table(name = "kb_votes")
@IdClass(KbVote.Key.class)
class KbVote {

	@Id
	private UUID articleId;

	@Id
	private String voter;

	private boolean helpful;

	private Instant votedAt;

	protected KbVote() {
	}

	KbVote(UUID articleId, String voter, boolean helpful, Instant now) {
		this.articleId = articleId;
		this.voter = voter;
		this.helpful = helpful;
		this.votedAt = now;
	}

	boolean helpful() {
		return this.helpful;
	}

	void change(boolean helpful, Instant now) {
		this.helpful = helpful;
		this.votedAt = now;
	}

	record Key(UUID articleId, String voter) implements Serializable {
	}

}
