package io.yordam.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal API token. Only its SHA-256 is kept: a leaked table reveals no usable token.
 */
@Entity
@Table(name = "api_tokens")
class ApiToken {

	@Id
	private UUID id;

	private UUID operatorId;

	private String name;

	private String tokenHash;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	private Instant expiresAt;

	protected ApiToken() {
	}

	ApiToken(UUID operatorId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.operatorId = operatorId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void usedAt(Instant when) {
		this.lastUsedAt = when;
	}

	void revoke(Instant when) {
		this.revokedAt = when;
	}

	UUID operatorId() {
		return this.operatorId;
	}

	ApiTokenView view(Instant now) {
		ApiTokenView.Status status = (this.revokedAt != null) ? ApiTokenView.Status.REVOKED
				: now.isBefore(this.expiresAt) ? ApiTokenView.Status.ACTIVE : ApiTokenView.Status.EXPIRED;
		return new ApiTokenView(this.id, this.name, this.createdAt, this.expiresAt, this.lastUsedAt, status);
	}

}
