package io.yordam.incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.yordam.ledger.Ledger;

import org.springframework.stereotype.Component;

/**
 * Reads the abuse signals beside a claim: the customer's claims and what they were paid
 * in the last 30 days, and the claims on the order ({@link AbuseSignals} decides what is
 * flagged).
 */
@Component
class AbuseWatch {

	private final IncidentRepository incidents;

	private final Ledger ledger;

	private final Clock clock;

	AbuseWatch(IncidentRepository incidents, Ledger ledger, Clock clock) {
		this.incidents = incidents;
		this.ledger = ledger;
		this.clock = clock;
	}

	AbuseSignals signals(Incident incident, PlaybookSettings current) {
		Instant since = this.clock.instant().minus(Duration.ofDays(30));
		return AbuseSignals.of(this.incidents.claimsSince(incident.customerId(), since),
				this.incidents.claimsOnOrder(incident.orderId()),
				this.ledger.paidTo(incident.customerId(), since).som(), current.abuse());
	}

}
