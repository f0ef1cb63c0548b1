package io.yordam.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which parts of a range of local hours are read from days and which from hours. */
class SpanTests {

	@Test
	void wholeDaysAreDaysOnly() {
		Span week = new Span(LocalDateTime.parse("2031-03-05T00:00"), LocalDateTime.parse("2031-03-12T00:00"));
		assertThat(week.hasDays()).isTrue();
		assertThat(week.firstDay()).isEqualTo(LocalDate.parse("2031-03-05"));
		assertThat(week.endDay()).isEqualTo(LocalDate.parse("2031-03-12"));
		assertThat(week.hours()).isEmpty();
	}

	@Test
	void theHoursAroundTheWholeDaysAreHours() {
		Span ragged = new Span(LocalDateTime.parse("2031-03-05T21:00"), LocalDateTime.parse("2031-03-08T04:00"));
		assertThat(ragged.firstDay()).isEqualTo(LocalDate.parse("2031-03-06"));
		assertThat(ragged.endDay()).isEqualTo(LocalDate.parse("2031-03-08"));
		assertThat(ragged.hours()).containsExactly(
				new Span(LocalDateTime.parse("2031-03-05T21:00"), LocalDateTime.parse("2031-03-06T00:00")),
				new Span(LocalDateTime.parse("2031-03-08T00:00"), LocalDateTime.parse("2031-03-08T04:00")));
	}

	@Test
	void lessThanADayIsHoursOnly() {
		Span night = new Span(LocalDateTime.parse("2031-03-05T22:00"), LocalDateTime.parse("2031-03-06T03:00"));
		assertThat(night.hasDays()).isFalse();
		assertThat(night.hours()).containsExactly(night);
		assertThat(new Span(night.from(), night.from()).hours()).isEmpty();
	}

}
