package io.yordam.incidents;

/** Where an incident is in its playbook. */
public enum IncidentStatus {

	/** The options are with the customer (or the operator choosing for them). */
	OFFERED,
	/**
	 * The chosen option is above the requester's limit or the claim is flagged: a
	 * supervisor decides.
	 */
	AWAITING_APPROVAL,
	/** Paid; the platform's part is still under way. */
	IN_PROGRESS,
	/** Everything the option does is done. */
	RESOLVED,
	/**
	 * The platform refused one of the option's requests (a 4xx): an operator must act.
	 */
	PLATFORM_REFUSED,
	/** The supervisor refused the option; support offers something else or explains. */
	REFUSED

}
