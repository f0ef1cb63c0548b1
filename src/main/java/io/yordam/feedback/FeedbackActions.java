package io.yordam.feedback;

import java.util.Optional;
import java.util.UUID;

/**
 * The ids of the feedback's quick replies: {@code csat:<survey>:<score>} and
 * {@code nps:<question>:<score>}. A customer's message carries one back; anything else is
 * not the feedback's.
 */
final class FeedbackActions {

	static final String CSAT = "csat:";

	static final String NPS = "nps:";

	private FeedbackActions() {
	}

	record Answer(boolean nps, UUID id, int score) {
	}

	static Optional<Answer> parse(String actionId) {
		if (actionId == null) {
			return Optional.empty();
		}
		boolean nps = actionId.startsWith(NPS);
		if (!nps && !actionId.startsWith(CSAT)) {
			return Optional.empty();
		}
		String[] parts = actionId.split(":", 3);
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Answer(nps, UUID.fromString(parts[1]), Integer.parseInt(parts[2])));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
