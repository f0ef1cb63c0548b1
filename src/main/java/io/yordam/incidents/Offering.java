package io.yordam.incidents;

import java.util.List;

import io.yordam.common.InvalidInputException;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * What an incident offers, as it was made: the facts its playbook read, the options
 * computed from them, and the option chosen once it is. Kept with the incident, so a
 * later change of the settings changes nothing the customer was offered.
 */
@Embeddable
record Offering(@Convert(converter = IncidentColumns.Facts.class) IncidentFacts facts,
		@Convert(converter = IncidentColumns.Offers.class) @Column(name = "offer") List<Offer> offers,
		String chosenOption, String chosenBy) {

	static Offering of(IncidentFacts facts, List<Offer> offers) {
		return new Offering(facts, List.copyOf(offers), null, null);
	}

	/** One of the options offered, by its name. */
	Offer offered(String option) {
		return this.offers.stream()
			.filter(o -> o.option().equals(option))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("option", "offered",
					"Not one of the options offered: " + this.offers.stream().map(Offer::option).toList()));
	}

	/** The option chosen, as it was offered. */
	Offer chosen() {
		return offered(this.chosenOption);
	}

	Offering choose(String option, String by) {
		return new Offering(this.facts, this.offers, option, by);
	}

}
