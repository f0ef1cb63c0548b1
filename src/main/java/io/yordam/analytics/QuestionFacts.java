package io.yordam.analytics;

import java.sql.Date;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An unanswered question counted once (its fact key) under its day, language and
 * normalised words, with the first wording kept as the sample.
 */
@Component
class QuestionFacts {

	private final Rollups rollups;

	private final ReportZone zone;

	private final JdbcTemplate jdbc;

	QuestionFacts(Rollups rollups, ReportZone zone, JdbcTemplate jdbc) {
		this.rollups = rollups;
		this.zone = zone;
		this.jdbc = jdbc;
	}

	void asked(String factKey, String text, String language, Instant at) {
		String key = QuestionWords.key(text);
		if (key.isEmpty() || !this.rollups.once(factKey, at)) {
			return;
		}
		Object[] id = { Date.valueOf(this.zone.dayOf(at)), (language != null) ? language : "ru", key };
		if (raise(id) == 1) {
			return;
		}
		String sample = text.strip();
		int inserted;
		try {
			inserted = this.jdbc.update(
					"insert into analytics_questions (local_day, language, question_key, n, sample) "
							+ "values (?, ?, ?, 1, ?) on conflict do nothing",
					id[0], id[1], id[2], (sample.length() > 200) ? sample.substring(0, 200) : sample);
		}
		catch (DuplicateKeyException ex) {
			inserted = 0;
		}
		if (inserted == 0) {
			raise(id);
		}
	}

	private int raise(Object[] id) {
		return this.jdbc.update("update analytics_questions set n = n + 1 where local_day = ? and language = ? "
				+ "and question_key = ?", id);
	}

}
