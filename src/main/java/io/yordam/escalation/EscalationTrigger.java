package io.yordam.escalation;

/**
 * Why a ticket was escalated. The first four are rules an admin sets; an agent's
 * escalation is always possible and needs no rule.
 */
public enum EscalationTrigger {

	SLA_BREACH, REOPENED, VIP_WAITING, ANGRY_CUSTOMER, AGENT;

	/** Whether admins write rules for it (an agent's escalation is by hand). */
	boolean ruled() {
		return this != AGENT;
	}

}
