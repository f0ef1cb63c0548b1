package io.yordam.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.yordam.incidents.IncidentFacts;
import io.yordam.incidents.IncidentType;

/**
 * The facts the bot collects for a playbook before it offers the options: the items (for
 * damaged, incomplete and food quality), a photo (damaged), the problem (food quality),
 * what came instead (wrong order: its name and value, or {@code cameAsked} with neither
 * when it is not on the menu). Kept with the session between messages.
 */
record Gathered(IncidentType type, String orderId, List<String> items, UUID photo, IncidentFacts.FoodProblem problem,
		String contextOrderId, String contextKind, String cameName, Long cameValue, boolean cameAsked) {

	Gathered {
		items = (items == null) ? List.of() : List.copyOf(items);
	}

	static Gathered none() {
		return new Gathered(null, null, List.of(), null, null, null, null, null, null, false);
	}

	/** What the session has gathered so far (nothing, if what it kept cannot be read). */
	static Gathered of(BotSession session, tools.jackson.databind.ObjectMapper mapper) {
		try {
			return mapper.readValue(session.facts(), Gathered.class);
		}
		catch (RuntimeException ex) {
			return none();
		}
	}

	static Gathered of(IncidentType type, String orderId) {
		return new Gathered(type, orderId, List.of(), null, null, null, null, null, null, false);
	}

	static Gathered context(String orderId, String kind) {
		return new Gathered(null, null, List.of(), null, null, orderId, kind, null, null, false);
	}

	Gathered withItems(List<String> skus) {
		List<String> all = new ArrayList<>(this.items);
		skus.stream().filter(s -> !all.contains(s)).forEach(all::add);
		return new Gathered(this.type, this.orderId, all, this.photo, this.problem, null, null, this.cameName,
				this.cameValue, this.cameAsked);
	}

	Gathered withPhoto(UUID attachmentId) {
		return new Gathered(this.type, this.orderId, this.items, attachmentId, this.problem, null, null, this.cameName,
				this.cameValue, this.cameAsked);
	}

	Gathered withProblem(IncidentFacts.FoodProblem found) {
		return new Gathered(this.type, this.orderId, this.items, this.photo, found, null, null, this.cameName,
				this.cameValue, this.cameAsked);
	}

	/** What came instead of the wrong items, worth {@code value}. */
	Gathered withCame(String name, long value) {
		return new Gathered(this.type, this.orderId, this.items, this.photo, this.problem, null, null, name, value,
				true);
	}

	/**
	 * Asked what came instead, and it is not on the menu: no difference can be worked
	 * out.
	 */
	Gathered cameOffMenu() {
		return new Gathered(this.type, this.orderId, this.items, this.photo, this.problem, null, null, null, null,
				true);
	}

	/** Whether what came instead is known to be off the menu. */
	boolean cameOffTheMenu() {
		return this.cameAsked && this.cameValue == null;
	}

	/** What the playbook still needs, in the order the bot asks for it. */
	DialogueStep missing() {
		if (this.type == null) {
			return DialogueStep.NONE;
		}
		boolean needsItems = this.type == IncidentType.INCOMPLETE_ORDER || this.type == IncidentType.DAMAGED_ORDER
				|| this.type == IncidentType.FOOD_QUALITY;
		if (needsItems && this.items.isEmpty()) {
			return DialogueStep.PICK_ITEMS;
		}
		if (this.type == IncidentType.DAMAGED_ORDER && this.photo == null) {
			return DialogueStep.PHOTO;
		}
		if (this.type == IncidentType.FOOD_QUALITY && this.problem == null) {
			return DialogueStep.FOOD_PROBLEM;
		}
		if (this.type == IncidentType.WRONG_ORDER && !this.cameAsked) {
			return DialogueStep.WHAT_CAME;
		}
		return DialogueStep.NONE;
	}

	IncidentFacts facts() {
		return new IncidentFacts(this.items, this.photo, this.cameValue, this.problem, (this.cameName != null)
				? "Collected by the bot; came instead: " + this.cameName : "Collected by the bot");
	}

}
