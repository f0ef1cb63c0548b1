package io.yordam.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Containment: of the conversations the bot finished in a period, the share it closed
 * with no person and no new contact about the same order within 72 hours, per intent and
 * language.
 */
@Service
class Containment implements BotContainment {

	private final BotSessionRepository sessions;

	Containment(BotSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Override
	@Transactional(readOnly = true)
	public Share between(Instant from, Instant to) {
		Report report = report(from, to);
		return new Share(report.conversations(), report.contained());
	}

	@Transactional(readOnly = true)
	Report report(Instant from, Instant to) {
		Map<String, int[]> counts = new TreeMap<>();
		int contained = 0;
		int total = 0;
		for (BotSession session : this.sessions
			.findByClosedAtGreaterThanEqualAndClosedAtLessThanAndOutcomeIsNotNull(from, to)) {
			boolean held = contained(session);
			String key = ((session.intent() != null) ? session.intent() : "unknown") + "\t" + session.language();
			int[] row = counts.computeIfAbsent(key, k -> new int[2]);
			row[1]++;
			total++;
			if (held) {
				row[0]++;
				contained++;
			}
		}
		List<Row> rows = new ArrayList<>();
		counts.forEach((key, row) -> {
			String[] parts = key.split("\t");
			rows.add(new Row(parts[0], parts[1], row[1], row[0], rate(row[0], row[1])));
		});
		return new Report(from, to, total, contained, rate(contained, total), rows);
	}

	boolean contained(BotSession session) {
		if (session.outcome() != BotSession.Outcome.CONTAINED || session.recontactedAt() != null) {
			return false;
		}
		return session.orderId() == null || !this.sessions.contactedAgain(session.customerId(), session.orderId(),
				session.conversationId(), session.closedAt(), session.closedAt().plus(BotSession.RECONTACT_WINDOW));
	}

	private static double rate(int part, int whole) {
		return (whole == 0) ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
	}

	record Report(Instant from, Instant to, int conversations, int contained, double rate, List<Row> byIntent) {
	}

	record Row(String intent, String language, int conversations, int contained, double rate) {
	}

}
