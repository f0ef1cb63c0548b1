package io.yordam.analytics;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions nobody answered in a period, grouped: per language, the most asked
 * wordings first, each joining the first group whose leading wording it is alike
 * ({@link QuestionWords#alike}), or starting its own. The groups most asked first: the
 * articles to write next.
 */
@Repository
class KnowledgeGaps {

	/** The wordings grouped: the most asked of the period. */
	static final int WORDINGS = 2_000;

	static final int GROUPS = 50;

	private final JdbcTemplate jdbc;

	KnowledgeGaps(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Group> of(Period period) {
		List<Wording> wordings = this.jdbc.query("select language, question_key, sum(n), min(sample) "
				+ "from analytics_questions where local_day >= ? and local_day < ? group by language, question_key "
				+ "order by sum(n) desc, question_key limit " + WORDINGS,
				(rs, i) -> new Wording(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
				Date.valueOf(period.from()), Date.valueOf(period.to()));
		return group(wordings);
	}

	static List<Group> group(List<Wording> wordings) {
		List<Builder> groups = new ArrayList<>();
		for (Wording wording : wordings) {
			Set<String> stems = Set.of(wording.key().split(" "));
			Builder home = groups.stream()
				.filter(g -> g.language.equals(wording.language()) && QuestionWords.alike(g.stems, stems))
				.findFirst()
				.orElse(null);
			if (home == null) {
				groups.add(new Builder(wording, stems));
			}
			else {
				home.asked += wording.asked();
				home.wordings++;
			}
		}
		return groups.stream()
			.map(b -> new Group(b.language, b.sample, b.asked, b.wordings))
			.sorted(Comparator.comparingLong(Group::asked).reversed())
			.limit(GROUPS)
			.toList();
	}

	record Wording(String language, String key, long asked, String sample) {
	}

	/** A group: its language, its most asked wording, how often and in how many ways. */
	record Group(String language, String sample, long asked, int wordings) {
	}

	private static final class Builder {

		private final String language;

		private final String sample;

		private final Set<String> stems;

		private long asked;

		private int wordings = 1;

		Builder(Wording first, Set<String> stems) {
			this.language = first.language();
			this.sample = first.sample();
			this.stems = stems;
			this.asked = first.asked();
		}

	}

}
