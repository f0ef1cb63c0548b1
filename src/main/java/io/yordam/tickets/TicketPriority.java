package io.yordam.tickets;

public enum TicketPriority {

	LOW, NORMAL, HIGH, URGENT

}
