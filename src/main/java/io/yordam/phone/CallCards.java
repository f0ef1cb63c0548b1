package io.yordam.phone;

import java.util.Optional;

import io.yordam.access.PlatformRole;
import io.yordam.common.NotFoundException;
import io.yordam.customers.Customers;
import io.yordam.orders.OrderView;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketLine;

/** Reads a call's card for the pop-up. */
final class CallCards {

	private final PhoneCalls calls;

	private final ActiveOrders orders;

	private final Customers customers;

	private final TicketDesk desk;

	private final OpenTickets openTickets;

	CallCards(PhoneCalls calls, ActiveOrders orders, Customers customers, TicketDesk desk, OpenTickets openTickets) {
		this.calls = calls;
		this.orders = orders;
		this.customers = customers;
		this.desk = desk;
		this.openTickets = openTickets;
	}

	CallCard card(String callId) {
		PhoneCall call = this.calls.find(callId).orElseThrow(() -> new NotFoundException("call"));
		OrderView order = this.orders.of(call.caller).orElse(null);
		var ticket = Optional.ofNullable(call.conversationId)
			.flatMap(this.desk::findOfConversation)
			.or(() -> this.openTickets.of(call.caller));
		var callback = Optional.ofNullable(call.callbackConversationId).flatMap(this.desk::findOfConversation);
		return new CallCard(call.callId, call.state.name(), call.callerName, call.caller.role().name(),
				PhoneNumbers.display(call.callerDigits),
				(call.line == CtiEvent.Line.COURIERS) ? TicketLine.COURIERS : TicketLine.CUSTOMERS_PARTNERS, order,
				(call.caller.role() == PlatformRole.PARTNER) ? null : this.customers.profile(call.caller).orElse(null),
				ticket.orElse(null), callback.orElse(null));
	}

}
