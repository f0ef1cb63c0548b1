package io.yordam.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import io.yordam.tickets.TicketLine;

/**
 * A line's working hours (Asia/Tashkent): the days it works, from {@code opens} to
 * {@code closes}, except on its holidays. A line without business hours works 24/7.
 */
public record BusinessHours(TicketLine line, Set<DayOfWeek> days, LocalTime opens, LocalTime closes,
		Set<LocalDate> holidays) {

	public BusinessHours {
		days = Set.copyOf(days);
		holidays = Set.copyOf(holidays);
	}

}
