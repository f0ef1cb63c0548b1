package io.yordam.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which contacts retention reads from its rolled-up days and which from the contacts. */
class RetentionSpanTests {

	static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

	@Test
	void aSpanFromMidnightToMidnightIsWholeDays() {
		RetentionSpan span = span("2031-03-04T19:00:00Z", "2031-03-09T19:00:00Z");
		assertThat(span.firstDay()).isEqualTo(LocalDate.parse("2031-03-05"));
		assertThat(span.endDay()).isEqualTo(LocalDate.parse("2031-03-10"));
	}

	@Test
	void aRaggedSpansWholeDaysAreThoseBetweenItsEnds() {
		RetentionSpan span = span("2031-03-05T04:00:00Z", "2031-03-09T07:00:00Z");
		assertThat(span.firstDay()).isEqualTo(LocalDate.parse("2031-03-06"));
		assertThat(span.endDay()).isEqualTo(LocalDate.parse("2031-03-09"));
	}

	@Test
	void whatTheRolledDaysLeaveIsReadFromTheContactsInOrder() {
		RetentionSpan span = span("2031-03-05T04:00:00Z", "2031-03-09T07:00:00Z");
		TreeSet<LocalDate> rolled = new TreeSet<>();
		rolled.add(LocalDate.parse("2031-03-06"));
		rolled.add(LocalDate.parse("2031-03-08"));
		assertThat(span.besides(rolled)).containsExactly(span("2031-03-05T04:00:00Z", "2031-03-05T19:00:00Z"),
				span("2031-03-06T19:00:00Z", "2031-03-07T19:00:00Z"),
				span("2031-03-08T19:00:00Z", "2031-03-09T07:00:00Z"));
		assertThat(span.besides(new TreeSet<>())).containsExactly(span);
	}

	@Test
	void wholeDaysAllRolledLeaveNothing() {
		RetentionSpan span = span("2031-03-04T19:00:00Z", "2031-03-06T19:00:00Z");
		TreeSet<LocalDate> rolled = new TreeSet<>();
		rolled.add(LocalDate.parse("2031-03-05"));
		rolled.add(LocalDate.parse("2031-03-06"));
		assertThat(span.besides(rolled)).isEmpty();
	}

	private static RetentionSpan span(String from, String to) {
		return new RetentionSpan(Instant.parse(from), Instant.parse(to), TASHKENT);
	}

}
