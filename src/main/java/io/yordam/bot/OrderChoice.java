package io.yordam.bot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.yordam.conversations.QuickReply;
import io.yordam.knowledge.KnowledgeBase;
import io.yordam.orders.OrderView;

import org.springframework.stereotype.Component;

/**
 * Choosing the order a request is about, by {@link OrderContext}'s rules. Several are
 * possible: the bot asks, with the active orders as buttons. None at all: a general
 * question (about payment, refunds) gets its article, anything else a person.
 */
@Component
class OrderChoice {

	/** Buttons the customer can still take in at a glance. */
	static final int MOST_OFFERED = 6;

	private final KnowledgeAnswers knowledge;

	OrderChoice(KnowledgeAnswers knowledge) {
		this.knowledge = knowledge;
	}

	/**
	 * The order, or empty when the bot asked which one, or answered without one.
	 * @param understood what the words said; none when the customer tapped a button
	 */
	Optional<OrderView> choose(Turn turn, Intent intent, Classification understood, Instant now) {
		List<String> numbers = (understood != null) ? understood.entities().orderNumbers() : List.of();
		OrderContext.Choice choice = turn.orders()
			.forIntent(intent, numbers, turn.session().orderId(), turn.chatOrderId(), now);
		if (choice.ambiguous()) {
			turn.await(DialogueStep.PICK_ORDER);
			List<QuickReply> replies = turn.orders()
				.active()
				.stream()
				.limit(MOST_OFFERED)
				.map(o -> turn.button(BotButton.Kind.ORDER, o.id().value(),
						"№" + o.number() + " · " + o.restaurantName()))
				.toList();
			turn.say(turn.text("bot.pickOrder"), replies);
			return Optional.empty();
		}
		if (choice.order() == null) {
			List<KnowledgeBase.Hit> hits = (understood != null)
					? this.knowledge.articlesFor(turn, turn.message().text()) : List.of();
			if (!hits.isEmpty()) {
				this.knowledge.answer(turn, understood, hits);
				return Optional.empty();
			}
			turn.say(turn.text("bot.noOrders"));
			turn.handOff(understood, "no-order");
			return Optional.empty();
		}
		return Optional.of(choice.order());
	}

}
