package io.yordam.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.yordam.conversations.QuickReply;
import io.yordam.incidents.IncidentType;

import org.springframework.stereotype.Component;

/**
 * Answers what the customer asks, by its intent, with the step that knows the answer; and
 * says when the bot did not understand.
 */
@Component
class Requests {

	private final Greetings greetings;

	private final KnowledgeAnswers knowledge;

	private final OrderAnswers orderAnswers;

	private final Claims claims;

	private final AccountAnswers account;

	Requests(Greetings greetings, KnowledgeAnswers knowledge, OrderAnswers orderAnswers, Claims claims,
			AccountAnswers account) {
		this.greetings = greetings;
		this.knowledge = knowledge;
		this.orderAnswers = orderAnswers;
		this.claims = claims;
		this.account = account;
	}

	/**
	 * @param understood what the words said; none when the customer tapped a button
	 */
	void act(Turn turn, Intent intent, Classification understood, Instant now) {
		switch (intent) {
			case HUMAN_AGENT -> turn.handOff(understood, "asked");
			case GREETING -> this.greetings.greet(turn, now);
			case THANKS_BYE -> this.greetings.bye(turn, now);
			case OUT_OF_SCOPE -> unsure(turn, understood, "bot.outOfScope");
			case FAQ -> this.knowledge.answer(turn, understood);
			case ORDER_STATUS -> this.orderAnswers.status(turn, understood, now);
			case DELIVERY_LATE -> this.orderAnswers.late(turn, understood, now);
			case MISSING_ITEM -> this.claims.gather(turn, IncidentType.INCOMPLETE_ORDER, understood, now);
			case DAMAGED_ORDER -> this.claims.gather(turn, IncidentType.DAMAGED_ORDER, understood, now);
			case FOOD_QUALITY -> this.claims.gather(turn, IncidentType.FOOD_QUALITY, understood, now);
			case WRONG_ORDER -> this.claims.gather(turn, IncidentType.WRONG_ORDER, understood, now);
			case CANCEL_ORDER -> this.orderAnswers.cancel(turn, understood, now);
			case PAYMENT_PROBLEM -> this.orderAnswers.payment(turn, understood, now);
			case REFUND_STATUS -> refundStatus(turn, understood, now);
			case PROMO_BONUS -> this.account.bonus(turn, understood, now);
			case CHANGE_ORDER, COURIER_COMPLAINT, ACCOUNT_HELP -> turn.handOff(understood, intent.wireName());
		}
	}

	/**
	 * What was given back; nothing was: money demanded back on an order still coming is a
	 * cancellation, anything else a person's.
	 */
	private void refundStatus(Turn turn, Classification understood, Instant now) {
		if (this.account.refunds(turn, understood, now)) {
			return;
		}
		boolean demanded = turn.message().actionId() == null && MoneyBack.demanded(turn.message().text());
		if (demanded && !turn.orders().active().isEmpty()) {
			this.orderAnswers.cancel(turn, understood, now);
			return;
		}
		turn.handOff(understood, "refund_status");
	}

	/**
	 * Says it did not understand, offering the likeliest requests as buttons; the second
	 * time in a row, a person. A customer in a hurry is not asked to say it again: a
	 * person at once.
	 */
	void unsure(Turn turn, Classification understood, String key) {
		turn.couldNotAnswer("bot.outOfScope".equals(key) ? "out-of-scope" : "unsure");
		if (turn.session().unsure() || turn.session().urgency() != null) {
			turn.handOff(understood, "unsure");
			return;
		}
		List<QuickReply> replies = new ArrayList<>();
		if (understood != null && !"bot.outOfScope".equals(key)) {
			Stream.concat(Stream.of(understood.intent()), understood.runnersUp().stream())
				.filter(Intent::isRequest)
				.limit(2)
				.forEach(intent -> replies.add(turn.button(BotButton.Kind.INTENT, intent.wireName(),
						turn.text("bot.intent." + intent.wireName()))));
		}
		replies.add(turn.button(BotButton.Kind.PERSON, "person", turn.text("bot.person")));
		turn.say(turn.text(key), replies);
	}

}
