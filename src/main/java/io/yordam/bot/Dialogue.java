package io.yordam.bot;

import java.time.Instant;

import io.yordam.conversations.ConversationView;
import io.yordam.conversations.MessageView;

import org.springframework.stereotype.Component;

/**
 * The dialogue's turn: what one customer message is, and which step answers it. A tap
 * answers the question its button came with; a photo, the photo the bot asked for; words
 * are understood first, and then the bot steps aside, takes them as the answer to its
 * question, says it is unsure, or answers the request.
 */
@Component
class Dialogue {

	private final Turns turns;

	private final Understanding understanding;

	private final Requests requests;

	private final Buttons buttons;

	private final Claims claims;

	Dialogue(Turns turns, Understanding understanding, Requests requests, Buttons buttons, Claims claims) {
		this.turns = turns;
		this.understanding = understanding;
		this.requests = requests;
		this.buttons = buttons;
		this.claims = claims;
	}

	Turn open(BotSession session, ConversationView chat) {
		return this.turns.open(session, chat);
	}

	void answer(Turn turn, MessageView message, Instant now) {
		turn.answering(message);
		boolean wasClosed = turn.reopen(now);
		if (message.actionId() != null) {
			// A playbook's own quick reply is the incident's to take; a malformed one,
			// nobody's.
			BotButton.parse(message.actionId())
				.filter(button -> button.conversationId().equals(turn.session().conversationId()))
				.ifPresent(button -> this.buttons.tapped(turn, button, now));
			return;
		}
		if (turn.session().step() == DialogueStep.PHOTO && Claims.isPhoto(message)) {
			this.claims.continueGathering(turn, turn.gathered().withPhoto(message.attachmentId()), now);
			return;
		}
		String text = (message.text() == null) ? "" : message.text().strip();
		if (text.isEmpty()) {
			if (message.attachmentId() != null) {
				// A photo alone: it is kept for the damage playbook; ask what happened.
				turn.say(turn.text("bot.photoReceived"));
			}
			return;
		}
		understood(turn, this.understanding.understand(turn, text, now), wasClosed, now);
	}

	private void understood(Turn turn, Understood understood, boolean wasClosed, Instant now) {
		BotSession session = turn.session();
		Classification classification = understood.classification();
		turn.follow(understood.language());
		session.felt(classification.anger(), classification.urgency());
		switch (understood) {
			case Understood.StepAside aside -> {
				session.understood(classification.intent(), classification.confidence(), aside.language(), now);
				turn.handOff(classification, aside.reason(), aside.pressing());
			}
			case Understood.Answer answer -> {
				session.sure();
				this.claims.continueGathering(turn, answer.gathered(), now);
			}
			case Understood.Unsure unsure -> {
				if (unsure.language() != null) {
					session.understood(Intent.OUT_OF_SCOPE, classification.confidence(), unsure.language(), now);
				}
				this.requests.unsure(turn, classification, unsure.key());
			}
			case Understood.Request request -> {
				Intent intent = classification.intent();
				session.understood(intent, classification.confidence(), request.language(), now);
				if (intent != Intent.OUT_OF_SCOPE) {
					// "Unsure twice" means twice in a row.
					session.sure();
				}
				if (wasClosed && intent.isRequest()) {
					session.recontact(now);
				}
				this.requests.act(turn, intent, classification, now);
			}
		}
	}

}
