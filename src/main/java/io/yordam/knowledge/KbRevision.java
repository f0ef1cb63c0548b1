package io.yordam.knowledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One save or publication of an article: who, when, and the whole text as it was. */
@Entity
@Table(name = "kb_revisions")
@IdClass(KbRevision.Key.class)
class KbRevision {

	@Id
	private UUID articleId;

	@Id
	private int revision;

	private String action;

	private String snapshot;

	private String editedBy;

	private Instant at;

	protected KbRevision() {
	}

	KbRevision(UUID articleId, int revision, String action, String snapshot, String editedBy, Instant at) {
		this.articleId = articleId;
		this.revision = revision;
		this.action = action;
		this.snapshot = snapshot;
		this.editedBy = editedBy;
		this.at = at;
	}

	RevisionView view() {
		return new RevisionView(this.revision, this.action, this.editedBy, this.at, this.snapshot);
	}

	record Key(UUID articleId, int revision) implements Serializable {
	}

	/** A revision in the article's history. */
	public record RevisionView(int revision, String action, String editedBy, Instant at, String snapshot) {
	}

}
