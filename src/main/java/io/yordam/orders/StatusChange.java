package io.yordam.orders;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record StatusChange(@Enumerated(EnumType.STRING) OrderStatus status, Instant at) {

	boolean sameStep(StatusChange other) {
		return this.status == other.status && this.at.equals(other.at);
	}

	OrderView.Step view() {
		return new OrderView.Step(this.status, this.at);
	}

}
