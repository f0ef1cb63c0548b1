package io.yordam.tickets;

/** The incident types of the Express24 playbooks, and everything else. */
public enum TicketCategory {

	LATE_DELIVERY, DAMAGED_ORDER, INCOMPLETE_ORDER, WRONG_ORDER, UNPAID_ORDER, GENERAL_QUESTION

}
