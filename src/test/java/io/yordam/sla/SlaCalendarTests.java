package io.yordam.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import io.yordam.tickets.TicketLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaCalendarTests {

	/**
	 * Couriers' line, weekdays 09:00–18:00 in Tashkent, with Monday 23 March 2026 a
	 * holiday (Navruz observed).
	 */
	private static final SlaCalendar OFFICE = SlaCalendar
		.of(new BusinessHours(TicketLine.COURIERS, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(LocalDate.of(2026, 3, 23))));

	private static Instant tashkent(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2026, month, day, hour, minute).atZone(SlaCalendar.ZONE).toInstant();
	}

	@Test
	void aroundTheClockADueInstantIsTheTargetLater() {
		Instant at = tashkent(3, 20, 23, 59);
		assertThat(SlaCalendar.twentyFourSeven().plus(at, Duration.ofMinutes(2))).isEqualTo(tashkent(3, 21, 0, 1));
		assertThat(SlaCalendar.twentyFourSeven().between(at, tashkent(3, 21, 0, 1))).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void withinBusinessHoursTheClockRunsAsUsual() {
		// Thursday 19 March 2026, 10:00.
		assertThat(OFFICE.plus(tashkent(3, 19, 10, 0), Duration.ofMinutes(30))).isEqualTo(tashkent(3, 19, 10, 30));
	}

	@Test
	void aTicketAtClosingTimeIsDueTheNextWorkingMorning() {
		// Thursday 17:50 + 30 min: 10 minutes on Thursday, 20 on Friday morning.
		assertThat(OFFICE.plus(tashkent(3, 19, 17, 50), Duration.ofMinutes(30))).isEqualTo(tashkent(3, 20, 9, 20));
	}

	@Test
	void theWeekendAndAHolidayDoNotCount() {
		// Friday 17:30 + 1 h: 30 min on Friday; Saturday, Sunday and the holiday Monday
		// 23rd
		// are off; 30 min on Tuesday.
		Instant friday = tashkent(3, 20, 17, 30);
		Instant due = OFFICE.plus(friday, Duration.ofHours(1));
		assertThat(due).isEqualTo(tashkent(3, 24, 9, 30));
		assertThat(OFFICE.between(friday, due)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aTicketWrittenAtNightWaitsForTheOpening() {
		assertThat(OFFICE.plus(tashkent(3, 19, 3, 0), Duration.ofMinutes(1))).isEqualTo(tashkent(3, 19, 9, 1));
		assertThat(OFFICE.between(tashkent(3, 19, 3, 0), tashkent(3, 19, 8, 0))).isZero();
	}

	@Test
	void aNightShiftRunsPastMidnight() {
		SlaCalendar night = SlaCalendar.of(new BusinessHours(TicketLine.COURIERS, EnumSet.allOf(DayOfWeek.class),
				LocalTime.of(20, 0), LocalTime.of(2, 0), Set.of()));
		assertThat(night.plus(tashkent(3, 19, 1, 30), Duration.ofHours(1))).isEqualTo(tashkent(3, 19, 20, 30));
	}

}
