package io.yordam.incidents;

import java.time.Duration;
import java.time.Instant;

import io.yordam.common.SerialDecisions;
import io.yordam.ledger.Ledger;

import org.springframework.stereotype.Component;

/**
 * Reads what {@link CompensationLimitPolicy} decides by: the requester's limit, what they
 * paid this shift, the abuse signals. Decisions take turns, so that parallel ones cannot
 * each pass a limit that together they exceed.
 */
@Component
class SpendingLimits {

	private final PlaybookSettingsStore settings;

	private final Ledger ledger;

	private final AbuseWatch abuse;

	private final SerialDecisions decisions;

	SpendingLimits(PlaybookSettingsStore settings, Ledger ledger, AbuseWatch abuse, SerialDecisions decisions) {
		this.settings = settings;
		this.ledger = ledger;
		this.abuse = abuse;
		this.decisions = decisions;
	}

	/**
	 * Before the totals a decision reads: one decision at a time per requester (their
	 * shift's limit) and per customer (the abuse signals), so parallel choices on
	 * different incidents cannot each pass a limit that together they exceed. An approved
	 * payment takes the same turn, so the next decision counts it.
	 */
	void takeTurn(Incident incident) {
		this.decisions.lock(new SerialDecisions.Key(SerialDecisions.Scope.REQUESTER, incident.requester().id()),
				new SerialDecisions.Key(SerialDecisions.Scope.CUSTOMER, incident.customerId()));
	}

	/** May the requester pay this option now, must a supervisor decide, or may nobody? */
	CompensationLimitPolicy.Decision check(Incident incident, Offer offer, Instant now) {
		PlaybookSettings current = this.settings.current().settings();
		Acting requester = incident.requester();
		long paidThisShift = this.ledger.paidBy(requester.id(), now.minus(Duration.ofHours(current.shiftHours())))
			.som();
		return CompensationLimitPolicy.check(offer.cost(), current.limitOf(requester.role()), paidThisShift,
				this.abuse.signals(incident, current));
	}

}
