package io.yordam.sla;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of the SLA policies; never changed, the next edit is the next version. */
@Entity
@Table(name = "sla_policies")
class SlaPolicyVersion {

	@Id
	private int version;

	private String policies;

	private String editedBy;

	private Instant editedAt;

	private String comment;

	protected SlaPolicyVersion() {
	}

	SlaPolicyVersion(int version, String policies, String editedBy, Instant editedAt, String comment) {
		this.version = version;
		this.policies = policies;
		this.editedBy = editedBy;
		this.editedAt = editedAt;
		this.comment = comment;
	}

	int version() {
		return this.version;
	}

	String policies() {
		return this.policies;
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

}
