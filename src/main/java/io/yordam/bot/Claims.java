package io.yordam.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.conversations.QuickReply;
import io.yordam.incidents.Acting;
import io.yordam.incidents.IncidentDesk;
import io.yordam.incidents.IncidentEligibility;
import io.yordam.incidents.IncidentFacts;
import io.yordam.incidents.IncidentType;
import io.yordam.orders.MenuItem;
import io.yordam.orders.OrderView;
import io.yordam.tickets.TicketId;

import org.springframework.stereotype.Component;

/**
 * Taking a claim about an order: the facts its playbook needs, asked for one at a time
 * (the items, a photo of the damage, what was wrong with the food), then the incident
 * opened, whose options reach the customer. What the incident desk refuses is explained
 * (not late, not delivered yet) or handed to a person.
 */
@Component
class Claims {

	/** Items offered as buttons, before "the whole order". */
	static final int MOST_ITEMS = 8;

	private final OrderChoice choice;

	private final IncidentDesk incidents;

	private final Conversations conversations;

	Claims(OrderChoice choice, IncidentDesk incidents, Conversations conversations) {
		this.choice = choice;
		this.incidents = incidents;
		this.conversations = conversations;
	}

	/** What the customer already said counts: the items named, the problem, a photo. */
	void gather(Turn turn, IncidentType type, Classification understood, Instant now) {
		Optional<OrderView> chosen = this.choice.choose(turn, intentOf(type), understood, now);
		if (chosen.isEmpty()) {
			return;
		}
		OrderView order = chosen.get();
		turn.session().about(order.id().value());
		if (IncidentEligibility.check(type, order, now) instanceof IncidentEligibility.Refused refused
				&& refused.rule() == IncidentEligibility.Rule.NOT_DELIVERED) {
			// Nothing can be missing from a bag still in the kitchen: the live state, not
			// a
			// claim.
			notArrived(turn, order, understood, now);
			return;
		}
		MessageView message = turn.message();
		String said = (message.actionId() == null && message.text() != null) ? message.text() : "";
		Gathered gathered = Gathered.of(type, order.id().value())
			.withItems(EntityExtractor.items(said, order).stream().map(Entities.Item::sku).toList());
		if (gathered.items().isEmpty() && order.items().size() == 1 && type != IncidentType.WRONG_ORDER) {
			// One line in the bag: it is the one the claim is about, nothing to ask.
			gathered = gathered.withItems(List.of(order.items().get(0).sku()));
		}
		if (type == IncidentType.WRONG_ORDER) {
			gathered = cameNamed(turn, gathered, order, said).orElse(gathered);
		}
		UUID photo = photoSoFar(turn);
		if (photo != null) {
			gathered = gathered.withPhoto(photo);
		}
		if (type == IncidentType.FOOD_QUALITY) {
			gathered = FoodProblems.of(said).map(gathered::withProblem).orElse(gathered);
		}
		continueGathering(turn, gathered, now);
	}

	/** A tap on the item picker: an item by its index, or the whole order. */
	void itemsPicked(Turn turn, Gathered gathered, String value, Instant now) {
		turn.orders().byId(gathered.orderId()).ifPresent(order -> {
			int index = "all".equals(value) ? -1 : Integer.parseInt(value);
			if (index >= order.items().size()) {
				turn.say(turn.text("bot.pickItems"));
				return;
			}
			List<String> skus = (index < 0) ? order.items().stream().map(OrderView.Line::sku).toList()
					: List.of(order.items().get(index).sku());
			continueGathering(turn, gathered.withItems(skus), now);
		});
	}

	/** A tap on "what came instead": a dish of the menu, or something else. */
	void camePicked(Turn turn, Gathered gathered, String value, Instant now) {
		turn.orders().byId(gathered.orderId()).ifPresent(order -> {
			Gathered answered = WhatCame.candidates(turn.orders().menuOf(order), order)
				.stream()
				.filter(item -> item.sku().equals(value))
				.findFirst()
				.map(item -> gathered.withCame(item.name(), WhatCame.value(item, order, wrongSkus(gathered, order))))
				.orElseGet(gathered::cameOffMenu);
			continueGathering(turn, answered, now);
		});
	}

	/**
	 * What came instead, when the words name a dish of the restaurant's menu that was not
	 * ordered.
	 */
	Optional<Gathered> cameNamed(Turn turn, Gathered gathered, OrderView order, String said) {
		if (said.isBlank()) {
			return Optional.empty();
		}
		return WhatCame.named(said, WhatCame.candidates(turn.orders().menuOf(order), order), order)
			.map(item -> gathered.withCame(item.name(), WhatCame.value(item, order, wrongSkus(gathered, order))));
	}

	private static List<String> wrongSkus(Gathered gathered, OrderView order) {
		return gathered.items().isEmpty() ? order.items().stream().map(OrderView.Line::sku).toList() : gathered.items();
	}

	void problemPicked(Turn turn, Gathered gathered, String value, Instant now) {
		continueGathering(turn, gathered.withProblem(IncidentFacts.FoodProblem.valueOf(value)), now);
	}

	/** Asks for the next missing fact, or, with all of them, opens the playbook. */
	void continueGathering(Turn turn, Gathered gathered, Instant now) {
		OrderView order = turn.orders().byId(gathered.orderId()).orElse(null);
		if (order == null) {
			turn.handOff(null, "no-order");
			return;
		}
		DialogueStep missing = gathered.missing();
		turn.await(missing, gathered);
		switch (missing) {
			case PICK_ITEMS -> {
				List<QuickReply> replies = new ArrayList<>();
				for (int i = 0; i < order.items().size() && replies.size() < MOST_ITEMS; i++) {
					replies.add(turn.button(BotButton.Kind.ITEM, Integer.toString(i), order.items().get(i).name()));
				}
				if (gathered.type() != IncidentType.INCOMPLETE_ORDER) {
					replies.add(turn.button(BotButton.Kind.ITEM, "all", turn.text("bot.wholeOrder")));
				}
				turn.say(turn.text("bot.pickItems"), replies);
			}
			case PHOTO -> turn.say(turn.text("bot.askPhoto"));
			case FOOD_PROBLEM -> {
				List<QuickReply> replies = new ArrayList<>();
				for (IncidentFacts.FoodProblem problem : IncidentFacts.FoodProblem.values()) {
					replies.add(turn.button(BotButton.Kind.PROBLEM, problem.name(),
							turn.text("bot.problem." + problem.name())));
				}
				turn.say(turn.text("bot.askProblem"), replies);
			}
			case WHAT_CAME -> {
				List<MenuItem> candidates = WhatCame.candidates(turn.orders().menuOf(order), order);
				if (candidates.isEmpty()) {
					// Nothing to pick from: no price to compare with.
					continueGathering(turn, gathered.cameOffMenu(), now);
					return;
				}
				List<QuickReply> replies = new ArrayList<>();
				candidates.stream()
					.limit(WhatCame.MOST_LIKELY)
					.forEach(item -> replies.add(turn.button(BotButton.Kind.CAME, item.sku(),
							item.name() + " · " + turn.wording().som(item.unitPrice().som()))));
				replies.add(turn.button(BotButton.Kind.CAME, "other", turn.text("bot.came.other")));
				turn.say(turn.text("bot.came.ask"), replies);
			}
			default -> {
				if (gathered.type() == IncidentType.WRONG_ORDER && gathered.cameOffTheMenu()) {
					// The support lead's choice: the customer keeps the choice of the
					// playbook (replace, or keep with compensation for the trouble) and
					// hears why no difference is offered, with a person one tap away.
					turn.say(turn.text("bot.came.offMenu", order.restaurantName()),
							List.of(turn.button(BotButton.Kind.PERSON, "person", turn.text("bot.person"))));
				}
				open(turn, gathered, null, now);
			}
		}
	}

	/** Opens the playbook, whose options the incident desk offers the customer. */
	void open(Turn turn, Gathered gathered, Classification understood, Instant now) {
		BotSession session = turn.session();
		IncidentDesk.Opening opening = this.incidents.tryOpen(new TicketId(session.ticketId()), gathered.type(),
				gathered.orderId(), gathered.facts(), Acting.BOT);
		if (opening.opened()) {
			session.offered(opening.incident().id(), gathered.type() + ": "
					+ String.join(", ", opening.incident().offers().stream().map(o -> o.option()).toList()));
			return;
		}
		OrderView order = turn.orders().byId(gathered.orderId()).orElse(null);
		if (order == null) {
			turn.handOff(understood, "no-order");
			return;
		}
		// The incident desk's refusal codes, in one place.
		switch (opening.refusal()) {
			case NOT_LATE -> notLate(turn, order, understood, now);
			case NOT_DELIVERED -> notArrived(turn, order, understood, now);
			case ALREADY_OPEN -> {
				turn.say(turn.text("bot.incidentOpen", order.number()));
				turn.handOff(understood, "incident-exists");
			}
			default -> turn.handOff(understood, "playbook-" + opening.rule());
		}
	}

	/**
	 * Not late (yet, or not enough to compensate): the promised time and the ETA. That
	 * answers a question, never a demand: money asked back is a cancellation of an order
	 * still coming, a person for one that came; an angry customer is a person's.
	 */
	void notLate(Turn turn, OrderView order, Classification understood, Instant now) {
		turn.say(turn.text("bot.notLate", order.number(), turn.wording().clock(order.promisedAt()),
				turn.wording().clock((order.eta() != null) ? order.eta() : order.deliveredAt())));
		MessageView message = turn.message();
		boolean moneyBack = message.actionId() == null && MoneyBack.demanded(message.text());
		boolean angry = understood != null && understood.angry();
		if (angry) {
			turn.handOff(understood, "angry", true);
		}
		else if (moneyBack && order.status().isActive()) {
			open(turn, Gathered.of(IncidentType.CANCELLATION, order.id().value()), understood, now);
		}
		else if (moneyBack) {
			turn.handOff(understood, "refund-demand");
		}
		else {
			turn.closeContained(now);
		}
	}

	/**
	 * "Order 1042 is being prepared at Rayhon. Expected at 19:40." and what to do once it
	 * arrives: an answer, so the conversation is contained. A cancelled order will not
	 * arrive: what the customer means is for a person.
	 */
	private void notArrived(Turn turn, OrderView order, Classification understood, Instant now) {
		if (order.status().isTerminal()) {
			turn.handOff(understood, "playbook-not-delivered");
			return;
		}
		turn.say(turn.text("bot.notArrived", turn.wording().status(order)));
		turn.closeContained(now);
	}

	/**
	 * The latest photo the customer sent in this dialogue (since the bot last closed it):
	 * a photo often comes before the words that explain it; an old one backs no new
	 * claim.
	 */
	private UUID photoSoFar(Turn turn) {
		UUID photo = null;
		for (MessageView earlier : this.conversations.messagesAfter(new ConversationId(turn.session().conversationId()),
				turn.session().dialogueFrom(), 200)) {
			if (earlier.seq() <= turn.message().seq() && earlier.authorKind() == AuthorKind.PARTICIPANT
					&& isPhoto(earlier)) {
				photo = earlier.attachmentId();
			}
		}
		return photo;
	}

	static boolean isPhoto(MessageView message) {
		return message.attachmentId() != null && message.attachmentType() != null
				&& message.attachmentType().startsWith("image/");
	}

	private static Intent intentOf(IncidentType type) {
		return switch (type) {
			case INCOMPLETE_ORDER -> Intent.MISSING_ITEM;
			case DAMAGED_ORDER -> Intent.DAMAGED_ORDER;
			case FOOD_QUALITY -> Intent.FOOD_QUALITY;
			case WRONG_ORDER -> Intent.WRONG_ORDER;
			case LATE_DELIVERY -> Intent.DELIVERY_LATE;
			case CANCELLATION -> Intent.CANCEL_ORDER;
			case UNPAID_ORDER -> Intent.PAYMENT_PROBLEM;
		};
	}

}
