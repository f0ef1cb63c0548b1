package io.yordam.tickets;

/** The two lines of the seed: one for customers and partners, another for couriers. */
public enum TicketLine {

	CUSTOMERS_PARTNERS, COURIERS

}
