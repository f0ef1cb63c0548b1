package io.yordam.feedback;

import io.yordam.access.PlatformRole;
import io.yordam.conversations.Channel;
import io.yordam.tickets.TicketResolution;
import io.yordam.tickets.TicketStatus;

/**
 * Whether a solved ticket gets a satisfaction survey. Only a customer's, only where the
 * question can be answered (the chat, Telegram), and never after a hand-off that nobody
 * answered: the customer would rate a silence.
 */
final class SurveyPolicy {

	private SurveyPolicy() {
	}

	sealed interface Verdict permits Ask, Skip {

	}

	record Ask() implements Verdict {
	}

	/** Why not, as a short code (tests and logs read it). */
	record Skip(String why) implements Verdict {
	}

	/**
	 * @param reopenCount the resolution the event was about: a ticket reopened since is
	 * no longer the one solved
	 */
	static Verdict check(TicketResolution resolution, int reopenCount) {
		var ticket = resolution.ticket();
		if (ticket.status() != TicketStatus.SOLVED || ticket.reopenCount() != reopenCount) {
			return new Skip("moved-on");
		}
		if (ticket.requesterRole() != PlatformRole.CUSTOMER) {
			return new Skip("not-a-customer");
		}
		if (ticket.channel() != Channel.CHAT && ticket.channel() != Channel.TELEGRAM) {
			return new Skip("no-way-to-ask");
		}
		if (!resolution.answeredByPerson() && !resolution.solvedByBot()) {
			return new Skip("nobody-answered");
		}
		return new Ask();
	}

}
