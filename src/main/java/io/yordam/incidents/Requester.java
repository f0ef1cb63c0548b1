package io.yordam.incidents;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who opened an incident and offered its options, as stored: their limits apply. */
@Embeddable
record Requester(String requestedById, String requestedByName,
		@Enumerated(EnumType.STRING) Acting.Role requestedByRole) {

	static Requester of(Acting acting) {
		return new Requester(acting.id(), acting.name(), acting.role());
	}

	Acting acting() {
		return new Acting(this.requestedById, this.requestedByName, this.requestedByRole);
	}

}
