package io.yordam.phone;

import io.yordam.customers.CustomerView;
import io.yordam.orders.OrderView;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketSummary;

/**
 * What the agent sees of a call in the pop-up: the caller by name and role, the number,
 * their active order and customer-360, and the ticket the call is (or would be) in.
 *
 * @param ticket the call's ticket once answered, before that the caller's open ticket;
 * null: a new phone ticket opens when the call is answered
 * @param callback the callback ticket of a missed call or voicemail
 */
public record CallCard(String callId, String state, String callerName, String role, String number, TicketLine line,
		OrderView activeOrder, CustomerView profile, TicketSummary ticket, TicketSummary callback) {

	public boolean ringing() {
		return PhoneCall.State.RINGING.name().equals(this.state);
	}

	public boolean answered() {
		return PhoneCall.State.ANSWERED.name().equals(this.state);
	}

}
