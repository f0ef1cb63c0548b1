package io.yordam.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A survey to mail: the ticket it rates, the customer's language (ru, uz, en) and the
 * page's five links, {@code links.get(0)} for 1 ★ … {@code links.get(4)} for 5 ★, which
 * work until {@code expiresAt}.
 */
public record SurveyInvitation(UUID surveyId, long ticketNumber, UUID conversationId, String language,
		List<String> links, Instant expiresAt) {

	public SurveyInvitation {
		links = List.copyOf(links);
		if (links.size() != 5) {
			throw new IllegalArgumentException("One link per score, 1 to 5");
		}
	}

	/** The mail's key in an outbox: one mail per survey. */
	public String key() {
		return "csat:" + this.surveyId;
	}

	@Override
	public String toString() {
		return "SurveyInvitation[#" + this.ticketNumber + "]";
	}

}
