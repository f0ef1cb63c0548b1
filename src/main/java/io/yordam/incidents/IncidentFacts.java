package io.yordam.incidents;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What support collected about an incident. Which fields a playbook needs depends on its
 * type: the items (skus of the order's own lines) for damaged, incomplete, wrong and food
 * quality; a photo (a chat attachment) for damage and quality; what came instead for a
 * wrong order; the problem for food quality.
 */
public record IncidentFacts(@Size(max = 50) List<@NotBlank @Size(max = 64) String> items, UUID photoAttachmentId,
		Long receivedValue, FoodProblem problem, @Size(max = 1000) String note) {

	/**
	 * A sku named twice is named once (see {@link Claimed}): what is kept, shown and
	 * computed is the same list.
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
