package io.yordam.tickets;

/** Who a ticket has been escalated to, in order: a level is only ever raised. */
public enum EscalationLevel {

	FIRST_LINE, SECOND_LINE, SUPERVISOR

}
