package io.yordam.tickets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.PlatformRole;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageHit;
import io.yordam.orders.OrderId;
import io.yordam.orders.Orders;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The tickets a query names exactly (see {@link Identifier}): the ticket with that
 * number; the tickets of the order with that number or id; the tickets of the customer
 * with that phone; the tickets whose chat has that email or order number written in it.
 * They come before anything the query's words match.
 */
@Component
class ExactMatches {

	private final TicketRepository tickets;

	private final Orders orders;

	private final Conversations conversations;

	ExactMatches(TicketRepository tickets, Orders orders, Conversations conversations) {
		this.tickets = tickets;
		this.orders = orders;
		this.conversations = conversations;
	}

	/** Each ticket named, once, in the order of the identifiers' kinds, newest first. */
	Map<UUID, TicketSearch.Hit> find(String query, int limit) {
		Map<UUID, TicketSearch.Hit> found = new LinkedHashMap<>();
		for (Identifier id : Identifier.in(query)) {
			for (Ticket t : tickets(id, limit)) {
				found.putIfAbsent(t.id().value(),
						new TicketSearch.Hit(t.summary(), matched(t, id, query), id.kindName()));
			}
			if (id.kind() == Identifier.Kind.ORDER || id.kind() == Identifier.Kind.EMAIL) {
				mentions(id, query, limit).forEach(found::putIfAbsent);
			}
		}
		return found;
	}

	private List<Ticket> tickets(Identifier id, int limit) {
		return switch (id.kind()) {
			case TICKET_NUMBER -> this.tickets.findByNumber(Long.parseLong(id.value())).stream().toList();
			case ORDER -> {
				List<String> orderIds = new ArrayList<>(
						this.orders.idsByNumber(id.value()).stream().map(OrderId::value).toList());
				orderIds.add(id.value());
				yield this.tickets.findByOrderIdInOrderByCreatedAtDesc(orderIds, Limit.of(limit));
			}
			case PHONE -> {
				// The customers whose orders carry the phone, and the couriers who carry
				// it
				// (a courier's call on the phone lines).
				List<Ticket> found = new ArrayList<>();
				List<String> customers = this.orders.customersByPhone(id.value());
				if (!customers.isEmpty()) {
					found.addAll(this.tickets.findByRequesterRoleAndRequesterIdInOrderByCreatedAtDesc(
							PlatformRole.CUSTOMER, customers, Limit.of(limit)));
				}
				List<String> couriers = this.orders.couriersByPhone(id.value());
				if (!couriers.isEmpty()) {
					found.addAll(this.tickets.findByRequesterRoleAndRequesterIdInOrderByCreatedAtDesc(
							PlatformRole.COURIER, couriers, Limit.of(limit)));
				}
				yield found.stream().limit(limit).toList();
			}
			case EMAIL -> List.of();
		};
	}

	/**
	 * Tickets whose chat has the identifier written in it, as it is (a customer naming an
	 * order the ticket is not linked to, or giving their email).
	 */
	private Map<UUID, TicketSearch.Hit> mentions(Identifier id, String query, int limit) {
		String written = query.strip().toLowerCase(Locale.ROOT);
		Map<UUID, TicketSearch.Hit> found = new LinkedHashMap<>();
		for (MessageHit m : this.conversations.searchMessages(query.strip(), limit * 3)) {
			if (m.text() == null || !m.text().toLowerCase(Locale.ROOT).contains(written)) {
				continue;
			}
			this.tickets.findFirstByConversationIdOrderByCreatedAtDesc(m.conversationId())
				.ifPresent(t -> found.putIfAbsent(t.id().value(),
						new TicketSearch.Hit(t.summary(), m.text(), id.kindName())));
		}
		return found;
	}

	private static String matched(Ticket ticket, Identifier id, String query) {
		return (id.kind() == Identifier.Kind.TICKET_NUMBER) ? ticket.summary().subject() : query.strip();
	}

}
