package io.yordam.incidents;

import java.time.Clock;

import io.yordam.access.Participant;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens incidents: the one door an operator (the agent API, the workspace) and the bot
 * come through. It checks the claim against the ticket and the order, and
 * {@link IncidentEligibility}, before any playbook computes an amount. What happens next
 * is {@link IncidentDecisions}'.
 */
@Service
public class IncidentDesk {

	private final TicketDesk tickets;

	private final Orders orders;

	private final Conversations conversations;

	private final IncidentRepository incidents;

	private final IncidentStarter starter;

	private final Clock clock;

	IncidentDesk(TicketDesk tickets, Orders orders, Conversations conversations, IncidentRepository incidents,
			IncidentStarter starter, Clock clock) {
		this.tickets = tickets;
		this.orders = orders;
		this.conversations = conversations;
		this.incidents = incidents;
		this.starter = starter;
		this.clock = clock;
	}

	/**
	 * Opens an incident on a ticket and offers its options in the chat.
	 * @param orderId the order it is about; by default the ticket's linked order
	 */
	@Transactional
	public IncidentView open(TicketId ticketId, IncidentType type, String orderId, IncidentFacts facts, Acting by) {
		TicketSummary ticket = this.tickets.get(ticketId);
		String chosenOrder = (orderId != null && !orderId.isBlank()) ? orderId : ticket.orderId();
		if (chosenOrder == null) {
			throw new InvalidInputException("orderId", "required", "Link the ticket to an order, or name the order");
		}
		OrderView order = this.orders.find(new OrderId(chosenOrder))
			// The requester must be the order's customer, role and id: a courier's id may
			// equal a customer's.
			.filter(o -> ticket.requester().equals(Participant.customer(o.customerId())))
			.orElseThrow(() -> new InvalidInputException("orderId", "customer-order",
					"No order " + chosenOrder + " of this customer"));
		if (IncidentEligibility.check(type, order,
				this.clock.instant()) instanceof IncidentEligibility.Refused refused) {
			throw new RuleViolationException(422, refused.rule().code(), refused.detail());
		}
		if (facts.photoAttachmentId() != null
				&& this.conversations.attachment(new ConversationId(ticket.conversationId()), facts.photoAttachmentId())
					.isEmpty()) {
			throw new InvalidInputException("facts.photoAttachmentId", "conversation-photo",
					"The photo must be one the customer sent in this conversation");
		}
		if (this.incidents.existsByOrderIdAndType(chosenOrder, type)) {
			throw RuleViolationException.conflict("incident-exists",
					"Order " + order.number() + " already has a " + type + " incident");
		}
		return this.starter.start(ticket.id().value(), ticket.conversationId(), order, type, facts, by);
	}

	/** An incident opened, or why it could not be (the rule's code). */
	public record Opening(IncidentView incident, String refusal, String detail) {

		public boolean opened() {
			return this.incident != null;
		}

	}

	/**
	 * Like {@link #open}, but a rule that refuses (not late yet, already open, order
	 * finished, a fact missing) is an answer, not an error: the bot decides what to tell
	 * the customer, in the same transaction.
	 */
	@Transactional
	public Opening tryOpen(TicketId ticketId, IncidentType type, String orderId, IncidentFacts facts, Acting by) {
		try {
			return new Opening(open(ticketId, type, orderId, facts, by), null, null);
		}
		catch (RuleViolationException ex) {
			return new Opening(null, ex.rule(), ex.getMessage());
		}
		catch (InvalidInputException ex) {
			return new Opening(null, ex.violations().get(0).rule(), ex.getMessage());
		}
	}

}
