package io.yordam.notices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What late care paid per city since a moment: its own line beside the incidents'
 * scorecards (the credits are not incidents, nobody complained).
 */
@Service
public class LateCareTotals {

	private final JdbcTemplate jdbc;

	LateCareTotals(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A city's late orders credited and the so'm credited. */
	public record CityTotal(String city, long credited, long amount) {
	}

	/** Every city late care credited in since {@code since}, the costliest first. */
	@Transactional(readOnly = true)
	public List<CityTotal> byCity(Instant since) {
		return this.jdbc.query(
				"select city, count(*) as n, sum(amount) as paid from late_care where outcome = 'CREDITED' "
						+ "and decided_at >= ? group by city order by paid desc, city",
				(rs, i) -> new CityTotal(rs.getString("city"), rs.getLong("n"), rs.getLong("paid")),
				Timestamp.from(since));
	}

}
