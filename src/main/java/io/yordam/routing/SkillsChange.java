package io.yordam.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.yordam.common.InvalidInputException;
import io.yordam.tickets.TicketLine;

/**
 * A supervisor's edit of an agent's skills and capacity, checked as a whole before
 * anything is written: every unknown value is named with its field.
 */
record SkillsChange(List<String> languages, List<String> cities, List<String> lines, boolean secondLine,
		Integer capacity) {

	static final Set<String> LANGUAGES = Set.of("ru", "uz", "en");

	/**
	 * The checked skills and capacity, or a problem naming every field that breaks a
	 * rule.
	 */
	Checked check(List<String> knownCities, int maxCapacity) {
		List<InvalidInputException.Violation> violations = new ArrayList<>();
		Set<String> langs = new LinkedHashSet<>();
		for (String language : orEmpty(this.languages)) {
			if (language == null || !LANGUAGES.contains(language)) {
				violations.add(new InvalidInputException.Violation("languages", "known-language",
						"Unknown language " + language + " (ru, uz or en)"));
			}
			else {
				langs.add(language);
			}
		}
		if (langs.isEmpty() && violations.isEmpty()) {
			violations.add(new InvalidInputException.Violation("languages", "required", "At least one language"));
		}
		Set<String> knownCityValues = new LinkedHashSet<>();
		for (String city : orEmpty(this.cities)) {
			String match = knownCities.stream().filter(c -> c.equalsIgnoreCase(city)).findFirst().orElse(null);
			if (match == null) {
				violations.add(new InvalidInputException.Violation("cities", "known-city", "Unknown city " + city));
			}
			else {
				knownCityValues.add(match);
			}
		}
		Set<TicketLine> ticketLines = new LinkedHashSet<>();
		for (String line : orEmpty(this.lines)) {
			try {
				ticketLines.add(TicketLine.valueOf(line));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				violations.add(new InvalidInputException.Violation("lines", "known-line", "Unknown line " + line));
			}
		}
		if (this.capacity == null || this.capacity < 1 || this.capacity > maxCapacity) {
			violations.add(new InvalidInputException.Violation("capacity", "range",
					"Capacity is 1 to " + maxCapacity + " concurrent chats"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Checked(new AgentSkills(langs, knownCityValues, ticketLines, this.secondLine), this.capacity);
	}

	private static List<String> orEmpty(List<String> values) {
		return (values != null) ? values : List.of();
	}

	record Checked(AgentSkills skills, int capacity) {
	}

}
