package io.yordam.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.yordam.common.InvalidInputException;
import io.yordam.common.InvalidInputException.Violation;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;

/**
 * The policies as people write them (the API's body, the editor's form, the stored
 * version): plain words and seconds, read into {@link SlaPolicies} with every broken rule
 * named by its field ({@code policies[2].firstResponseSeconds}).
 */
public record SlaPoliciesForm(List<PolicyForm> policies, List<CalendarForm> calendars) {

	/** A year: no promise a desk could keep is longer. */
	private static final long MAX_SECONDS = 366L * 24 * 3600;

	public SlaPoliciesForm {
		policies = (policies != null) ? List.copyOf(policies) : List.of();
		calendars = (calendars != null) ? List.copyOf(calendars) : List.of();
	}

	/**
	 * @param vip {@code true} VIPs only, {@code false} others only, {@code null} both
	 */
	public record PolicyForm(String name, List<String> lines, List<String> channels, List<String> categories,
			List<String> priorities, Boolean vip, List<String> languages, Long firstResponseSeconds,
			Long nextResponseSeconds, Long resolutionSeconds) {
	}

	/**
	 * @param days e.g. MONDAY; @param opens, closes {@code HH:mm}; @param holidays
	 * {@code yyyy-MM-dd}
	 */
	public record CalendarForm(String line, List<String> days, String opens, String closes, List<String> holidays) {
	}

	/** Reads the form, or refuses it with every violation (nothing is saved). */
	public SlaPolicies parse() {
		List<Violation> bad = new ArrayList<>();
		if (this.policies.isEmpty()) {
			bad.add(new Violation("policies", "required", "At least one policy"));
		}
		if (this.policies.size() > 50) {
			bad.add(new Violation("policies", "max", "At most 50 policies"));
		}
		List<SlaPolicy> read = new ArrayList<>();
		for (int i = 0; i < this.policies.size() && i < 50; i++) {
			read.add(policy(this.policies.get(i), "policies[" + i + "].", bad));
		}
		List<BusinessHours> hours = new ArrayList<>();
		Set<TicketLine> seen = new LinkedHashSet<>();
		for (int i = 0; i < this.calendars.size() && i < 10; i++) {
			BusinessHours h = calendar(this.calendars.get(i), "calendars[" + i + "].", bad);
			if (h != null && !seen.add(h.line())) {
				bad.add(new Violation("calendars[" + i + "].line", "unique", "One calendar per line"));
			}
			hours.add(h);
		}
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
		return new SlaPolicies(read, hours);
	}

	private static SlaPolicy policy(PolicyForm form, String at, List<Violation> bad) {
		if (form == null) {
			bad.add(new Violation(at.substring(0, at.length() - 1), "required", "A policy"));
			return null;
		}
		String name = (form.name() == null) ? "" : form.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			bad.add(new Violation(at + "name", "length", "A name of 1 to 100 characters"));
		}
		return new SlaPolicy(name, values(form.lines(), at + "lines", named(TicketLine.class), bad),
				values(form.channels(), at + "channels", named(SlaChannel.class), bad),
				values(form.categories(), at + "categories", named(TicketCategory.class), bad),
				values(form.priorities(), at + "priorities", named(TicketPriority.class), bad), form.vip(),
				values(form.languages(), at + "languages", SlaPoliciesForm::language, bad),
				seconds(form.firstResponseSeconds(), at + "firstResponseSeconds", bad),
				seconds(form.nextResponseSeconds(), at + "nextResponseSeconds", bad),
				seconds(form.resolutionSeconds(), at + "resolutionSeconds", bad));
	}

	private static BusinessHours calendar(CalendarForm form, String at, List<Violation> bad) {
		if (form == null) {
			bad.add(new Violation(at.substring(0, at.length() - 1), "required", "A calendar"));
			return null;
		}
		Set<TicketLine> line = values((form.line() == null) ? List.of() : List.of(form.line()), at + "line",
				named(TicketLine.class), bad);
		if (line.isEmpty() && form.line() == null) {
			bad.add(new Violation(at + "line", "required", "The line this calendar is for"));
		}
		Set<DayOfWeek> days = values(form.days(), at + "days", named(DayOfWeek.class), bad);
		if (days.isEmpty()) {
			bad.add(new Violation(at + "days", "required", "At least one working day"));
		}
		LocalTime opens = time(form.opens(), at + "opens", bad);
		LocalTime closes = time(form.closes(), at + "closes", bad);
		if (opens != null && opens.equals(closes)) {
			bad.add(new Violation(at + "closes", "after-opens", "Closes at another time than it opens"));
		}
		Set<LocalDate> holidays = values(form.holidays(), at + "holidays", LocalDate::parse, bad);
		return line.isEmpty() ? null : new BusinessHours(line.iterator().next(), days,
				(opens != null) ? opens : LocalTime.MIDNIGHT, (closes != null) ? closes : LocalTime.NOON, holidays);
	}

	private static <T> Set<T> values(List<String> words, String field, Function<String, T> read, List<Violation> bad) {
		Set<T> values = new LinkedHashSet<>();
		if (words == null) {
			return values;
		}
		for (String word : words) {
			try {
				values.add(read.apply(word.strip()));
			}
			catch (RuntimeException ex) {
				bad.add(new Violation(field, "known-value", "Unknown value: " + word));
			}
		}
		return values;
	}

	/** Enum names in any case: {@code couriers} is {@code COURIERS}. */
	private static <E extends Enum<E>> Function<String, E> named(Class<E> type) {
		return word -> Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
	}

	private static String language(String word) {
		String code = word.toLowerCase(Locale.ROOT);
		if (!code.matches("ru|uz|en")) {
			throw new IllegalArgumentException(word);
		}
		return code;
	}

	private static Duration seconds(Long seconds, String field, List<Violation> bad) {
		if (seconds == null || seconds <= 0 || seconds > MAX_SECONDS) {
			bad.add(new Violation(field, "positive", "A target of 1 second to a year"));
			return Duration.ofSeconds(1);
		}
		return Duration.ofSeconds(seconds);
	}

	private static LocalTime time(String value, String field, List<Violation> bad) {
		try {
			return LocalTime.parse((value == null) ? "" : value.strip());
		}
		catch (DateTimeParseException ex) {
			bad.add(new Violation(field, "time", "A time as HH:mm"));
			return null;
		}
	}

	/** The form of policies already read (the defaults, for the editor and the API). */
	public static SlaPoliciesForm of(SlaPolicies policies) {
		return new SlaPoliciesForm(
				policies.policies()
					.stream()
					.map(p -> new PolicyForm(p.name(), names(p.lines()), names(p.channels()), names(p.categories()),
							names(p.priorities()), p.vip(), List.copyOf(p.languages()), p.firstResponse().toSeconds(),
							p.nextResponse().toSeconds(), p.resolution().toSeconds()))
					.toList(),
				policies.calendars()
					.stream()
					.map(c -> new CalendarForm(c.line().name(), names(c.days()), c.opens().toString(),
							c.closes().toString(), c.holidays().stream().sorted().map(LocalDate::toString).toList()))
					.toList());
	}

	private static List<String> names(Set<? extends Enum<?>> values) {
		return values.stream().sorted().map(Enum::name).toList();
	}

}
