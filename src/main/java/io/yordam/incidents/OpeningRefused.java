package io.yordam.incidents;

import io.yordam.common.RuleViolationException;

/**
 * A rule refused to open an incident. The agent API answers with its problem (the rule's
 * code); {@link IncidentDesk#tryOpen} with its {@link IncidentDesk.Opening.Refusal},
 * which the bot words for the customer.
 */
class OpeningRefused extends RuleViolationException {

	private final IncidentDesk.Opening.Refusal refusal;

	OpeningRefused(IncidentDesk.Opening.Refusal refusal, int status, String detail) {
		super(status, refusal.code(), detail);
		this.refusal = refusal;
	}

	/** The order does not qualify (422). */
	static OpeningRefused ineligible(IncidentEligibility.Refused refused) {
		return new OpeningRefused(IncidentDesk.Opening.Refusal.of(refused.rule()), 422, refused.detail());
	}

	IncidentDesk.Opening.Refusal refusal() {
		return this.refusal;
	}

}
