package io.yordam.access;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as its owner sees it in the list: never the token itself. */
public record ApiTokenView(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Status status) {

	public enum Status {

		ACTIVE, EXPIRED, REVOKED

	}

}
