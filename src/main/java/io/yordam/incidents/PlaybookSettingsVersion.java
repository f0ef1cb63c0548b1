package io.yordam.incidents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of the playbook settings; never changed, the next edit is the next version.
 */
@Entity
@Table(name = "playbook_settings")
class PlaybookSettingsVersion {

	@Id
	private int version;

	private String settings;

	private String editedBy;

	private Instant editedAt;

	private String comment;

	/** The earlier version this one brought back, or null for an edit. */
	private Integer revertedTo;

	protected PlaybookSettingsVersion() {
	}

	PlaybookSettingsVersion(int version, String settings, String editedBy, Instant editedAt, String comment,
			Integer revertedTo) {
		this.version = version;
		this.settings = settings;
		this.editedBy = editedBy;
		this.editedAt = editedAt;
		this.comment = comment;
		this.revertedTo = revertedTo;
	}

	int version() {
		return this.version;
	}

	String settings() {
		return this.settings;
	}

	String editedBy() {
		return this.editedBy;
	}

	Instant editedAt() {
		return this.editedAt;
	}

	String comment() {
		return this.comment;
	}

	Integer revertedTo() {
		return this.revertedTo;
	}

}
