package io.yordam.incidents;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.yordam.common.Money;
import io.yordam.common.RuleViolationException;
import io.yordam.ledger.Ledger;
import io.yordam.ledger.LedgerActor;
import io.yordam.ledger.Posting;
import io.yordam.ledger.PostingKind;
import io.yordam.orders.OrderAction;
import io.yordam.orders.OrderId;
import io.yordam.orders.PlatformRequests;

import org.springframework.stereotype.Component;

/**
 * The one place where an incident moves money: it posts the chosen option's payments and
 * queues its requests to the platform, in the caller's transaction. The platform is never
 * asked for money the ledger did not post: the refunds and bonus credits requested must
 * add up to those posted, or nothing happens at all. Every posting and request carries a
 * key derived from the incident and the option, so even a retried transaction cannot pay
 * twice.
 */
@Component
class CompensationPayout {

	/**
	 * The keys' prefix; the keys of what was already posted and asked depend on it: never
	 * change it.
	 */
	private static final String KEY_PREFIX = "inc:";

	private static final String REQUESTED_FOR_PREFIX = "incident:";

	private final Ledger ledger;

	private final PlatformRequests platform;

	CompensationPayout(Ledger ledger, PlatformRequests platform) {
		this.ledger = ledger;
		this.platform = platform;
	}

	/**
	 * Pays the option and asks the platform for its steps; the incident waits for the
	 * platform's answers ({@link Incident#platformSettled}) when there are any.
	 * @param approvedBy the supervisor who approved it, or null within the requester's
	 * limits
	 */
	void carryOut(Incident incident, Offer offer, String approvedBy, Instant now) {
		if (!offer.consistent()) {
			throw new RuleViolationException(422, "amount-out-of-range",
					"The amounts of this option do not add up: nothing was paid or asked");
		}
		Acting requester = incident.requester();
		LedgerActor actor = new LedgerActor(actorKind(requester.role()), requester.id(), requester.name(), approvedBy);
		Posting.Reference reference = new Posting.Reference(incident.ticketId(), incident.orderId(), incident.id(),
				offer.option());
		Map<PostingKind, Integer> seen = new EnumMap<>(PostingKind.class);
		for (Offer.Payment payment : offer.payments()) {
			// Two payments of one kind (a cash order's difference and the compensation,
			// both as bonus) need keys of their own: the second of a kind is KIND-2.
			int nth = seen.merge(payment.kind(), 1, Integer::sum);
			String part = (nth == 1) ? payment.kind().name() : payment.kind().name() + "-" + nth;
			if (payment.amount() > 0) {
				this.ledger.post(new Posting(key(incident, part), payment.kind(), incident.customerId(),
						Money.som(payment.amount()), reference, actor, incident.type() + " " + offer.option()));
			}
		}
		List<Offer.PlatformStep> steps = offer.steps();
		for (int i = 0; i < steps.size(); i++) {
			this.platform.request(action(incident, steps.get(i)), key(incident, "p" + i), requestedFor(incident.id()));
		}
		incident.carriedOut(offer.cost(), steps.size(), now);
	}

	/**
	 * The tag an incident's platform requests carry, to list them and route the answers.
	 */
	static String requestedFor(UUID incidentId) {
		return REQUESTED_FOR_PREFIX + incidentId;
	}

	/** The incident a platform request was made for; empty for anyone else's. */
	static Optional<UUID> incidentOf(String requestedFor) {
		return (requestedFor != null && requestedFor.startsWith(REQUESTED_FOR_PREFIX))
				? Optional.of(UUID.fromString(requestedFor.substring(REQUESTED_FOR_PREFIX.length())))
				: Optional.empty();
	}

	private static OrderAction action(Incident incident, Offer.PlatformStep step) {
		OrderId order = new OrderId(incident.orderId());
		String reason = incident.type() + " " + incident.id();
		return switch (step.kind()) {
			case REDELIVER -> new OrderAction.Redeliver(order, step.skus(), true);
			case REFUND -> new OrderAction.Refund(order, Money.som(step.amount()), reason);
			case CREDIT_BONUS ->
				new OrderAction.CreditBonus(order, incident.customerId(), Money.som(step.amount()), reason);
			case CANCEL -> new OrderAction.Cancel(order, reason);
			case RETRY_PAYMENT -> new OrderAction.RetryPayment(order);
			case SWITCH_TO_CASH -> new OrderAction.SwitchToCash(order);
		};
	}

	private static String key(Incident incident, String part) {
		return KEY_PREFIX + incident.id() + ":" + incident.offering().chosenOption() + ":" + part;
	}

	private static LedgerActor.Kind actorKind(Acting.Role role) {
		return switch (role) {
			case BOT -> LedgerActor.Kind.BOT;
			case SYSTEM -> LedgerActor.Kind.SYSTEM;
			case AGENT, SUPERVISOR, ADMIN -> LedgerActor.Kind.AGENT;
		};
	}

}
