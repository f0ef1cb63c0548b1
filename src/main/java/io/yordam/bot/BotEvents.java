package io.yordam.bot;

import java.util.UUID;

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
 * When the bot runs: a ticket opened with the bot (the bot starts, and reads the first
 * message), a customer wrote something it has not read (or an agent did: the bot steps
 * back), one of the bot's incidents moved on.
 */
@Component
class BotEvents {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BotEvents.class);

	private final SupportBot bot;

	private final BotRecovery recovery;

	private final PlaybookOutcomes outcomes;

	private final ConflictRetry retry;

	private final boolean enabled;

	BotEvents(SupportBot bot, BotRecovery recovery, PlaybookOutcomes outcomes, ConflictRetry retry,
			BotProperties properties) {
		this.bot = bot;
		this.recovery = recovery;
		this.outcomes = outcomes;
		this.retry = retry;
		this.enabled = properties.enabled();
	}

	// The conditions repeat each listener's first check where the registry sees them: an
	// event a listener would ignore (the bot's own messages) writes no registry row.
	@Durable
	@Async
	// An answer on the side (a rating) is not for the bot: it does not wake it.
	@TransactionalEventListener(
			condition = "(#event.authorKind().name() == 'PARTICIPANT' and !#event.aside()) or #event.authorKind().name() == 'AGENT'")
	void on(MessagePosted event) {
		UUID conversationId = event.conversationId().value();
		if (this.enabled && ((event.authorKind() == AuthorKind.PARTICIPANT && !event.aside())
				|| event.authorKind() == AuthorKind.AGENT) && this.bot.hasUnread(conversationId, event.seq())) {
			read(conversationId, false);
		}
	}

	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.change().name() == 'OPENED' and #event.status().name() == 'BOT'")
	void on(TicketChanged event) {
		if (this.enabled && event.change() == TicketChanged.Change.OPENED && event.status() == TicketStatus.BOT) {
			read(event.conversationId(), true);
		}
	}

	/**
	 * A message the bot cannot handle (a defect, not a lost race) must not leave the
	 * customer unanswered on every redelivery: a person takes the conversation.
	 */
	private void read(UUID conversationId, boolean opening) {
		try {
			if (opening) {
				// A transaction of its own, committed before the messages are read.
				this.retry.run(() -> this.bot.start(conversationId));
			}
			this.retry.run(() -> this.bot.process(conversationId));
		}
		catch (RuntimeException ex) {
			log.error("The bot failed on conversation {}; handing it to a person", conversationId, ex);
			this.retry.run(() -> this.recovery.recover(conversationId));
		}
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(IncidentProgressed event) {
		if (this.enabled && (event.requestedByTheBot() || event.requestedByTheDesk())) {
			this.retry.run(() -> this.outcomes.incidentProgressed(event));
		}
	}

}
