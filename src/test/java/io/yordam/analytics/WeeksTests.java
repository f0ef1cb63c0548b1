package io.yordam.analytics;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which days of a period are read from whole weeks (Monday to Sunday) and which from
 * days.
 */
class WeeksTests {

	@Test
	void theWholeWeeksWithinAndTheDaysAroundThem() {
		// Thursday 4 March to Tuesday 6 April 2032 (exclusive): weeks from Monday 8 March
		// to
		// Monday 5 April, four days before and one after.
		Weeks split = Weeks.of(new Period(LocalDate.parse("2032-03-04"), LocalDate.parse("2032-04-06")));
		assertThat(split.weeks()).isEqualTo(new Period(LocalDate.parse("2032-03-08"), LocalDate.parse("2032-04-05")));
		assertThat(split.days()).containsExactly(
				new Period(LocalDate.parse("2032-03-04"), LocalDate.parse("2032-03-08")),
				new Period(LocalDate.parse("2032-04-05"), LocalDate.parse("2032-04-06")));
	}

	@Test
	void aPeriodOfWholeWeeksIsWeeksOnlyAndOneWithoutAWholeWeekDaysOnly() {
		Period weeks = new Period(LocalDate.parse("2032-03-01"), LocalDate.parse("2032-03-15"));
		assertThat(Weeks.of(weeks)).isEqualTo(new Weeks(weeks, List.of()));
		Period sevenDays = new Period(LocalDate.parse("2032-03-03"), LocalDate.parse("2032-03-10"));
		assertThat(Weeks.of(sevenDays)).isEqualTo(new Weeks(null, List.of(sevenDays)));
		assertThat(Weeks.mondayOf(LocalDate.parse("2032-02-29"))).isEqualTo(LocalDate.parse("2032-02-23"));
	}

}
