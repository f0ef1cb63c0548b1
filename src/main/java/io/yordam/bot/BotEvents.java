package io.yordam.bot;

import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.MessagePosted;
import io.yordam.incidents.IncidentProgressed;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketStatus;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the bot runs: a customer wrote (or an agent did: the bot steps back), a ticket
 * opened with the bot (its first message may have arrived before it), one of the bot's
 * incidents moved on.
 */
@Component
class BotEvents {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BotEvents.class);

	private final SupportBot bot;

	private final ConflictRetry retry;

	private final boolean enabled;

	BotEvents(SupportBot bot, ConflictRetry retry, BotProperties properties) {
		this.bot = bot;
		this.retry = retry;
		this.enabled = properties.enabled();
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(MessagePosted event) {
		if (this.enabled && (event.authorKind() == AuthorKind.PARTICIPANT || event.authorKind() == AuthorKind.AGENT)) {
			process(event.conversationId().value());
		}
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(TicketChanged event) {
		if (this.enabled && event.change() == TicketChanged.Change.OPENED && event.status() == TicketStatus.BOT) {
			process(event.conversationId());
		}
	}

	/**
	 * A message the bot cannot handle (a defect, not a lost race) must not leave the
	 * customer unanswered on every redelivery: a person takes the conversation.
	 */
	private void process(java.util.UUID conversationId) {
		try {
			this.retry.run(() -> this.bot.process(conversationId));
		}
		catch (RuntimeException ex) {
			log.error("The bot failed on conversation {}; handing it to a person", conversationId, ex);
			this.retry.run(() -> this.bot.recover(conversationId));
		}
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(IncidentProgressed event) {
		if (this.enabled && event.requestedByTheBot()) {
			this.retry.run(() -> this.bot.incidentProgressed(event));
		}
	}

}
