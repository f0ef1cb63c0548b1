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
			throw OpeningRefused.ineligible(refused);
		}
		if (facts.photoAttachmentId() != null
				&& this.conversations.attachment(new ConversationId(ticket.conversationId()), facts.photoAttachmentId())
					.isEmpty()) {
			throw new InvalidInputException("facts.photoAttachmentId", "conversation-photo",
					"The photo must be one the customer sent in this conversation");
		}
		if (type == IncidentType.UNPAID_ORDER) {
			// Asked again before choosing (the chat support started, or a new one): the
			// choice is still the customer's to make, here.
			var waiting = this.incidents.findFirstByOrderIdAndTypeAndStatus(chosenOrder, type, IncidentStatus.OFFERED);
			if (waiting.isPresent()) {
				return this.starter.offerAgain(waiting.get(), ticket.id().value(), ticket.conversationId(), order);
			}
		}
		if (this.incidents.existsByOrderIdAndType(chosenOrder, type)) {
			throw new OpeningRefused(Opening.Refusal.ALREADY_OPEN, 409,
					"Order " + order.number() + " already has a " + type + " incident");
		}
		return this.starter.start(ticket.id().value(), ticket.conversationId(), order, type, facts, by);
	}

	/**
	 * An incident opened, or why it could not be.
	 *
	 * @param refusal why not, as the bot tells the customer ({@code null} when opened)
	 * @param rule why not, as the agent API's problem names the rule (for a hand-off's
	 * tag)
	 */
	public record Opening(IncidentView incident, Refusal refusal, String rule, String detail) {

		public boolean opened() {
			return this.incident != null;
		}

		/** Why an incident was not opened. */
		public enum Refusal {

			/** Nothing in the bag to claim about yet. */
			NOT_DELIVERED("not-delivered"),
			/** Not past the promised time, or below the first lateness bracket. */
			NOT_LATE("not-late"),
			/** Delivered or cancelled: too late to cancel or to pay. */
			ORDER_FINISHED("order-finished"),
			/** Nothing unpaid: the payment was not declined. */
			PAYMENT_NOT_DECLINED("payment-not-declined"),
			/** The order has an incident of this type already. */
			ALREADY_OPEN("incident-exists"),
			/**
			 * Anything else (a fact missing or wrong, amounts out of range): for a
			 * person; {@link Opening#rule} names it.
			 */
			OTHER(null);

			private final String code;

			Refusal(String code) {
				this.code = code;
			}

			String code() {
				return this.code;
			}

			static Refusal of(IncidentEligibility.Rule rule) {
				return switch (rule) {
					case NOT_DELIVERED -> NOT_DELIVERED;
					case NOT_LATE -> NOT_LATE;
					case ORDER_FINISHED -> ORDER_FINISHED;
					case PAYMENT_NOT_DECLINED -> PAYMENT_NOT_DECLINED;
				};
			}

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
			return new Opening(open(ticketId, type, orderId, facts, by), null, null, null);
		}
		catch (OpeningRefused ex) {
			return new Opening(null, ex.refusal(), ex.rule(), ex.getMessage());
		}
		catch (RuleViolationException ex) {
			return new Opening(null, Opening.Refusal.OTHER, ex.rule(), ex.getMessage());
		}
		catch (InvalidInputException ex) {
			return new Opening(null, Opening.Refusal.OTHER, ex.violations().get(0).rule(), ex.getMessage());
		}
	}

}
