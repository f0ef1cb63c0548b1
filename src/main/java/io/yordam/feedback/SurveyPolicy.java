package io.yordam.feedback;

import io.yordam.access.PlatformRole;
import io.yordam.conversations.Channel;
import io.yordam.tickets.TicketResolution;
import io.yordam.tickets.TicketStatus;

/**
 * Whether a solved ticket gets a satisfaction survey. Only a customer's, only where the
 * question can be answered (the chat, Telegram, and mail when the email channel can reach
 * the customer), and never after a hand-off that nobody answered: the customer would rate
 * a silence.
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

	/** A ticket of a channel other than mail, or mail with no way to send one. */
	static Verdict check(TicketResolution resolution, int reopenCount) {
		return check(resolution, reopenCount, false);
	}

	/**
	 * @param reopenCount the resolution the event was about: a ticket reopened since is
	 * no longer the one solved
	 * @param mailable a mail can reach the ticket's customer (the email channel is on and
	 * they wrote from an address)
	 */
	static Verdict check(TicketResolution resolution, int reopenCount, boolean mailable) {
		var ticket = resolution.ticket();
		if (ticket.status() != TicketStatus.SOLVED || ticket.reopenCount() != reopenCount) {
			return new Skip("moved-on");
		}
		if (ticket.requesterRole() != PlatformRole.CUSTOMER) {
			return new Skip("not-a-customer");
		}
		if (ticket.channel() != Channel.CHAT && ticket.channel() != Channel.TELEGRAM
				&& !(ticket.channel() == Channel.EMAIL && mailable)) {
			return new Skip("no-way-to-ask");
		}
		if (!resolution.answeredByPerson() && !resolution.solvedByBot()) {
			return new Skip("nobody-answered");
		}
		return new Ask();
	}

}
