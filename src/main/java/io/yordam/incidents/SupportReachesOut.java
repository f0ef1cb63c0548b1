package io.yordam.incidents;

import java.util.UUID;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.tickets.TicketId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support reaches out first: a declined card opens a conversation with the customer and
 * offers the unpaid playbook's options; the ticket follows, and the incident joins it.
 */
@Component
class SupportReachesOut {

	private final IncidentRepository incidents;

	private final Orders orders;

	private final Conversations conversations;

	private final IncidentStarter starter;

	SupportReachesOut(IncidentRepository incidents, Orders orders, Conversations conversations,
			IncidentStarter starter) {
		this.incidents = incidents;
		this.orders = orders;
		this.conversations = conversations;
		this.starter = starter;
	}

	@Transactional
	void paymentDeclined(OrderId orderId, String customerLocale) {
		if (this.incidents.existsByOrderIdAndType(orderId.value(), IncidentType.UNPAID_ORDER)) {
			return;
		}
		OrderView order = this.orders.find(orderId).orElse(null);
		if (order == null || order.status().isTerminal()) {
			return;
		}
		ConversationView conversation = this.conversations.startBySupport(
				new PlatformUser(order.customerId(), PlatformRole.CUSTOMER, order.customerName(), customerLocale),
				order.id().value(), "Payment declined: order " + order.number());
		this.starter.start(null, conversation.id().value(), order, IncidentType.UNPAID_ORDER, IncidentFacts.none(),
				Acting.SYSTEM);
	}

	/** The ticket of a conversation support started has opened: the incident joins it. */
	@Transactional
	void ticketOpened(UUID conversationId, TicketId ticketId) {
		this.incidents.findByConversationIdAndTicketIdIsNull(conversationId)
			.forEach(incident -> incident.attachTo(ticketId.value()));
	}

}
