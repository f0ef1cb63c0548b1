package io.yordam.incidents;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * What support collected about an incident. Which fields a playbook needs depends on its
 * type: the items (skus of the order's own lines) for damaged, incomplete, wrong and food
 * quality; a photo (a chat attachment) for damage and quality; what came instead for a
 * wrong order; the problem for food quality.
 */
public record IncidentFacts(List<String> items, UUID photoAttachmentId, Long receivedValue, FoodProblem problem,
		String note) {

	/**
	 * A sku named twice is named once (see {@code Playbooks.Claimed}): what is kept,
	 * shown and computed is the same list.
	 */
	public IncidentFacts {
		items = (items != null) ? List.copyOf(new LinkedHashSet<>(items)) : List.of();
	}

	public static IncidentFacts none() {
		return new IncidentFacts(List.of(), null, null, null, null);
	}

	/** What was wrong with the food. */
	public enum FoodProblem {

		COLD, UNDERCOOKED, FOREIGN_OBJECT, SPOILED

	}

}
