package io.yordam.escalation;

/**
 * The port for telling the on-duty supervisor of an escalation by email. Yordam sends no
 * email yet: nothing implements this, and nothing is sent. The module that brings email
 * implements it (one bean) and is called for every escalation to a supervisor.
 */
public interface OnDutySupervisorMail {

	void escalated(TicketEscalated escalation);

}
