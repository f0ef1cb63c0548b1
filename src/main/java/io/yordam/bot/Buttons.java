package io.yordam.bot;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** A tap on one of the bot's buttons: the answer to the question it came with. */
@Component
class Buttons {

	private final Requests requests;

	private final KnowledgeAnswers knowledge;

	private final Claims claims;

	Buttons(Requests requests, KnowledgeAnswers knowledge, Claims claims) {
		this.requests = requests;
		this.knowledge = knowledge;
		this.claims = claims;
	}

	void tapped(Turn turn, BotButton button, Instant now) {
		BotSession session = turn.session();
		if (!button.answers(session.step())) {
			// A button from an earlier question: what it asked is settled.
			turn.say(turn.text("bot.ask"));
			return;
		}
		session.sure();
		Gathered gathered = turn.gathered();
		String value = button.value();
		switch (button.kind()) {
			case PERSON -> turn.handOff(null, "asked");
			case FAQ_FEEDBACK -> this.knowledge.rated(turn, gathered, "yes".equals(value), now);
			case CONTEXT -> context(turn, gathered, "yes".equals(value), now);
			case ORDER -> {
				session.about(value);
				Intent intent = (session.intent() != null) ? Intent.of(session.intent()) : Intent.ORDER_STATUS;
				this.requests.act(turn, intent, null, now);
			}
			case ITEM -> this.claims.itemsPicked(turn, gathered, value, now);
			case PROBLEM -> this.claims.problemPicked(turn, gathered, value, now);
			case CAME -> this.claims.camePicked(turn, gathered, value, now);
			case INTENT -> {
				Intent intent = Intent.of(value);
				session.understood(intent, 1.0, null, now);
				this.requests.act(turn, intent, null, now);
			}
		}
	}

	/**
	 * "Is this about order N?" Yes: its status, or the late playbook for an order that
	 * came late. No: what else the customer needs.
	 */
	private void context(Turn turn, Gathered gathered, boolean yes, Instant now) {
		if (yes && gathered.contextOrderId() != null) {
			turn.session().about(gathered.contextOrderId());
			Intent intent = Greetings.LATE.equals(gathered.contextKind()) ? Intent.DELIVERY_LATE : Intent.ORDER_STATUS;
			turn.session().understood(intent, 1.0, null, now);
			this.requests.act(turn, intent, null, now);
		}
		else {
			turn.await(DialogueStep.NONE);
			turn.say(turn.text("bot.ask"));
		}
	}

}
