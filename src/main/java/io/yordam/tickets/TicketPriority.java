package io.yordam.tickets;

/**
 * In rising urgency: the order is the queue's (and the ordinal is stored as the rank).
 */
public enum TicketPriority {

	LOW, NORMAL, HIGH, URGENT

}
