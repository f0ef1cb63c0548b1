package io.yordam.macros;

import java.time.Instant;
import java.util.UUID;

/**
 * A macro as editors, the picker and the API show it.
 *
 * @param ownerName the owner of a personal macro; null for a shared one
 */
public record MacroView(UUID id, boolean shared, String ownerName, StandardStep step, MacroTexts texts,
		MacroActions actions, long usageCount, Instant updatedAt, String updatedBy) {

	public String title(String language) {
		return this.texts.in(language).title();
	}

	public String body(String language) {
		return this.texts.in(language).body();
	}

}
