package io.yordam.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "operators")
class Operator {

	@Id
	private UUID id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private OperatorRole role;

	private String locale;

	private String email;

	private boolean enabled;

	private Instant createdAt;

	protected Operator() {
	}

	Operator(String username, String displayName, String passwordHash, OperatorRole role, String locale,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.locale = locale;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	OperatorPrincipal principal() {
		return new OperatorPrincipal(new OperatorId(this.id), this.username, this.displayName, this.role, this.locale,
				this.passwordHash, this.enabled);
	}

	void changeLocale(String locale) {
		this.locale = locale;
	}

	/** Where the weekly report goes; null: nowhere. */
	void changeEmail(String email) {
		this.email = email;
	}

	StaffMember member() {
		return new StaffMember(new OperatorId(this.id), this.username, this.displayName, this.role, this.locale,
				this.email, this.enabled);
	}

	UUID id() {
		return this.id;
	}

	@Override
	public String toString() {
		return "Operator[" + this.username + "]";
	}

}
