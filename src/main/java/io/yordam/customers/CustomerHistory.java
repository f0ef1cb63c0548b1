package io.yordam.customers;

import java.time.Clock;

import io.yordam.access.Participant;
import io.yordam.conversations.ConversationStarted;
import io.yordam.orders.OrderSynced;
import io.yordam.orders.PlatformEventType;
import io.yordam.tickets.TicketChanged;

import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/** Keeps the read model current from the other modules' events. */
@Component
class CustomerHistory {

	private final CustomerProfileRepository profiles;

	private final CustomerTicketRepository tickets;

	private final Clock clock;

	private final ConflictRetry retry;

	CustomerHistory(CustomerProfileRepository profiles, CustomerTicketRepository tickets, Clock clock,
			ConflictRetry retry) {
		this.profiles = profiles;
		this.tickets = tickets;
		this.clock = clock;
		this.retry = retry;
	}

	// Several events about one customer are handled at once; a lost race is tried again.
	// An order moves the profile when the mirror first sees it or the platform says it
	// was
	// created (a late "created" still counts it); its later steps carry nothing new for
	// the
	// profile, and the condition keeps them out of the registry.
	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.firstSeen() or #event.eventType().name() == 'ORDER_CREATED'")
	void on(OrderSynced event) {
		this.retry.run(() -> orderSynced(event));
	}

	private void orderSynced(OrderSynced event) {
		boolean newOrder = event.eventType() == PlatformEventType.ORDER_CREATED;
		Participant customer = Participant.customer(event.customerId());
		CustomerProfile profile = this.profiles.findById(CustomerProfile.key(customer))
			.orElseGet(() -> new CustomerProfile(customer, event.customerName(), event.orderCreatedAt()));
		profile.orderSeen(event.customerName(), event.customerPhone(), event.customerLocale(), event.city(),
				event.orderCreatedAt(), newOrder || profile.view().ordersCount() == 0);
		this.profiles.save(profile);
	}

	// Several events about one customer are handled at once; a lost race is tried again.
	@Durable
	@Async
	@TransactionalEventListener
	void on(ConversationStarted event) {
		this.retry.run(() -> conversationStarted(event));
	}

	private void conversationStarted(ConversationStarted event) {
		CustomerProfile profile = this.profiles.findById(CustomerProfile.key(event.participant()))
			.orElseGet(() -> new CustomerProfile(event.participant(), event.participantName(), this.clock.instant()));
		profile.introducedInChat(event.participantName(), event.participantLocale());
		this.profiles.save(profile);
	}

	// Several events about one customer are handled at once; a lost race is tried again.
	@Durable
	@Async
	@TransactionalEventListener
	void on(TicketChanged event) {
		this.retry.run(() -> ticketChanged(event));
	}

	private void ticketChanged(TicketChanged event) {
		CustomerTicket ticket = this.tickets.findById(event.ticketId().value()).orElseGet(() -> {
			this.profiles.findById(CustomerProfile.key(event.requester())).ifPresent(CustomerProfile::ticketOpened);
			return new CustomerTicket(event.ticketId().value(), event.requester(), event.number(), event.channel(),
					event.createdAt());
		});
		if (ticket.belongsTo(event.requester(), event.updatedAt())) {
			this.profiles.findById(CustomerProfile.key(event.requester())).ifPresent(CustomerProfile::ticketOpened);
		}
		ticket.update(event.status().name(), event.category().name(), event.subject(), event.updatedAt());
		this.tickets.save(ticket);
	}

}
