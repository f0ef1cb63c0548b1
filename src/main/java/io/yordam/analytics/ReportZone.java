package io.yordam.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hours and days as the desk lives them ({@code yordam.analytics.zone}, Asia/Tashkent by
 * default): a rollup's hour is the local hour, and a day starts at local midnight.
 * Changing the zone later leaves the hours already rolled up in the old one.
 */
@Component
class ReportZone {

	private final ZoneId zone;

	ReportZone(@Value("${yordam.analytics.zone:Asia/Tashkent}") ZoneId zone) {
		this.zone = zone;
	}

	ZoneId zone() {
		return this.zone;
	}

	LocalDateTime hourOf(Instant at) {
		return LocalDateTime.ofInstant(at, this.zone).truncatedTo(ChronoUnit.HOURS);
	}

	LocalDate dayOf(Instant at) {
		return LocalDate.ofInstant(at, this.zone);
	}

}
