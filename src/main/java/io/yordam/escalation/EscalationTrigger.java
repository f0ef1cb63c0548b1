package io.yordam.escalation;

/**
 * Why a ticket was escalated. The first four are rules an admin sets; an agent's
 * escalation is always possible and needs no rule.
 */
public enum EscalationTrigger {

	SLA_BREACH, REOPENED, VIP_WAITING, ANGRY_CUSTOMER, AGENT,

	/**
	 * The customer rated a resolution low: a supervisor follows up (the feedback module's
	 * low-rating policy decides, not an escalation rule).
	 */
	LOW_RATING;

	/**
	 * Whether admins write rules for it (an agent's escalation is by hand, a low rating's
	 * by the feedback module's policy).
	 */
	boolean ruled() {
		return this != AGENT && this != LOW_RATING;
	}

}
