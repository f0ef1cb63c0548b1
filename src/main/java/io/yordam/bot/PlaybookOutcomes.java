package io.yordam.bot;

import java.time.Clock;
import java.time.Instant;

import io.yordam.incidents.IncidentProgressed;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One of the bot's incidents (or one the desk offered in a chat the bot has) moved on:
 * done means the bot contained the conversation; a limit or a refusal means a person.
 */
@Service
class PlaybookOutcomes {

	private final BotSessionRepository sessions;

	private final TicketDesk tickets;

	private final HandOffs handOffs;

	private final Clock clock;

	PlaybookOutcomes(BotSessionRepository sessions, TicketDesk tickets, HandOffs handOffs, Clock clock) {
		this.sessions = sessions;
		this.tickets = tickets;
		this.handOffs = handOffs;
		this.clock = clock;
	}

	@Transactional
	public void incidentProgressed(IncidentProgressed event) {
		this.sessions.lockById(event.conversationId()).ifPresent(session -> {
			// The bot's own incident, or one the desk offered in a chat it started (a
			// declined card) that the bot has taken no other step in.
			boolean followed = event.incidentId().equals(session.incidentId())
					|| (session.incidentId() == null && event.requestedByTheDesk());
			if (!followed || session.mode() != BotSession.Mode.ACTIVE) {
				return;
			}
			if (session.incidentId() == null) {
				session.understood(Intent.PAYMENT_PROBLEM, 1.0, null, this.clock.instant());
				session.about(event.orderId());
			}
			Instant now = this.clock.instant();
			boolean botHasIt = this.tickets.findOfConversation(event.conversationId())
				.map(t -> t.status() == TicketStatus.BOT)
				.orElse(false);
			if (!botHasIt) {
				session.personTookOver(now);
			}
			else if (event.resolved()) {
				session.closedByBot(now);
				this.tickets.solveByBot(new TicketId(session.ticketId()));
			}
			else if (event.needsPerson()) {
				String reason = switch (event.status()) {
					case AWAITING_APPROVAL -> "limit";
					case REFUSED -> "supervisor-refused";
					default -> "platform-refused";
				};
				this.handOffs.handOff(session, null, reason, null, false,
						"incident-" + event.incidentId() + "-" + event.status());
			}
			this.sessions.save(session);
		});
	}

}
