package io.yordam.notices;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.yordam.common.InvalidInputException;

/**
 * What admins set about notices, saved as one versioned document.
 *
 * @param etaShiftMinutes an arrival time moved by more than this from the promised one is
 * told
 * @param lateAfterMinutes an order this long past its promised time is late: told, and
 * cared for where late care is on
 * @param quietFromHour quiet hours start (0-23, in {@code zone})
 * @param quietToHour quiet hours end (0-23; equal to the start: no quiet hours)
 * @param zone the zone quiet hours and the daily budgets count in
 * @param perHourLimit the most notices one customer is sent in an hour
 * @param lateCare per city: whether late orders are credited, and the daily budget
 * @param holdoutPercent the share of orders (0-50 %) told nothing, the comparison that
 * shows whether notices keep customers from writing (absent in versions saved before it
 * existed: none)
 */
public record NoticePolicy(int etaShiftMinutes, int lateAfterMinutes, int quietFromHour, int quietToHour, String zone,
		int perHourLimit, Map<String, CityCare> lateCare, Integer holdoutPercent) {

	/** Late care in a city: on or off, and the most it pays in a day (so'm). */
	public record CityCare(boolean on, long dailyBudget) {
	}

	static final long MAX_BUDGET = 1_000_000_000L;

	/** More than half held out would leave the comparison with the smaller group told. */
	static final int MAX_HOLDOUT = 50;

	public NoticePolicy {
		lateCare = (lateCare != null) ? Map.copyOf(lateCare) : Map.of();
		holdoutPercent = (holdoutPercent != null) ? holdoutPercent : 0;
	}

	/** Told beyond 10 minutes, late at 15, quiet 22:00-08:00, 6 an hour, no late care. */
	static NoticePolicy defaults() {
		return new NoticePolicy(10, 15, 22, 8, "Asia/Tashkent", 6, Map.of(), 0);
	}

	/**
	 * Whether an order is in the holdout: decided by its id alone, so every node and
	 * every kind of notice about it agree, and the share of orders held out is the
	 * policy's.
	 */
	boolean holdsOut(String orderId) {
		return this.holdoutPercent > 0 && Math.floorMod(orderId.hashCode(), 100) < this.holdoutPercent;
	}

	ZoneId zoneId() {
		return ZoneId.of(this.zone);
	}

	Duration lateAfter() {
		return Duration.ofMinutes(this.lateAfterMinutes);
	}

	/** Whether a moment of the day is within quiet hours (which may span midnight). */
	boolean quietAt(LocalTime time) {
		int hour = time.getHour();
		if (this.quietFromHour == this.quietToHour) {
			return false;
		}
		return (this.quietFromHour < this.quietToHour) ? hour >= this.quietFromHour && hour < this.quietToHour
				: hour >= this.quietFromHour || hour < this.quietToHour;
	}

	CityCare careIn(String city) {
		CityCare care = (city != null) ? this.lateCare.get(city) : null;
		return (care != null) ? care : new CityCare(false, 0);
	}

	/** Refuses (400, naming each field) a policy that cannot work. */
	void validate() {
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		range(bad, "etaShiftMinutes", this.etaShiftMinutes, 1, 240);
		range(bad, "lateAfterMinutes", this.lateAfterMinutes, 1, 240);
		range(bad, "quietFromHour", this.quietFromHour, 0, 23);
		range(bad, "quietToHour", this.quietToHour, 0, 23);
		range(bad, "perHourLimit", this.perHourLimit, 1, 100);
		range(bad, "holdoutPercent", this.holdoutPercent, 0, MAX_HOLDOUT);
		try {
			ZoneId.of(String.valueOf(this.zone));
		}
		catch (DateTimeException ex) {
			bad.add(new InvalidInputException.Violation("zone", "zone", "An IANA zone such as Asia/Tashkent"));
		}
		this.lateCare.forEach((city, care) -> {
			if (city.isBlank() || city.length() > 64 || care == null || care.dailyBudget() < 0
					|| care.dailyBudget() > MAX_BUDGET) {
				bad.add(new InvalidInputException.Violation("lateCare." + city, "range",
						"A city of at most 64 characters and a budget from 0 to " + MAX_BUDGET + " so'm"));
			}
		});
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
	}

	private static void range(List<InvalidInputException.Violation> bad, String field, int value, int min, int max) {
		if (value < min || value > max) {
			bad.add(new InvalidInputException.Violation(field, "range", "From " + min + " to " + max));
		}
	}

}
