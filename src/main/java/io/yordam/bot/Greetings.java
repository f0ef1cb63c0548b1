package io.yordam.bot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.yordam.conversations.QuickReply;
import io.yordam.orders.OrderView;

import org.springframework.stereotype.Component;

/**
 * Hello and goodbye. The greeting remembers: "is this about your order N, now on its
 * way?", or about the one that came late. Goodbye closes the conversation: as contained
 * when the bot served a request, counted neither way when there was nothing to solve.
 */
@Component
class Greetings {

	/** What the greeting asked about: the active order, or the one that came late. */
	static final String ACTIVE = "active";

	static final String LATE = "late";

	void greet(Turn turn, Instant now) {
		List<OrderView> active = turn.orders().active();
		if (active.size() == 1) {
			OrderView order = active.get(0);
			turn.await(DialogueStep.CONFIRM_CONTEXT, Gathered.context(order.id().value(), ACTIVE));
			turn.say(turn.text("bot.greeting.active", order.number(), turn.text("bot.state." + order.status())),
					yesNo(turn));
			return;
		}
		Optional<OrderView> lateOne = turn.orders().deliveredLateRecently(now);
		if (lateOne.isPresent()) {
			OrderView order = lateOne.get();
			long minutes = order.lateBy(now).toMinutes();
			turn.await(DialogueStep.CONFIRM_CONTEXT, Gathered.context(order.id().value(), LATE));
			turn.say(turn.text("bot.greeting.late", order.number(), Long.toString(minutes),
					turn.wording().when(order.deliveredAt(), now)), yesNo(turn));
			return;
		}
		turn.say(turn.text("bot.greeting"));
	}

	void bye(Turn turn, Instant now) {
		BotSession session = turn.session();
		turn.say(turn.text("bot.bye"));
		if (session.step() == DialogueStep.OFFERED) {
			// The playbook's options are still open: its outcome closes the conversation.
			return;
		}
		boolean served = session.intent() != null && Intent.of(session.intent()).isRequest()
				&& session.step() == DialogueStep.NONE;
		if (served && session.outcome() == null) {
			turn.closeContained(now);
			return;
		}
		// Thanks with nothing solved, or after the bot already closed it.
		turn.closeQuietly(now);
	}

	private static List<QuickReply> yesNo(Turn turn) {
		return List.of(turn.button(BotButton.Kind.CONTEXT, "yes", turn.text("bot.yes")),
				turn.button(BotButton.Kind.CONTEXT, "no", turn.text("bot.no")));
	}

}
