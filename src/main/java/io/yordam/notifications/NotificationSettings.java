package io.yordam.notifications;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An operator's own choice: a short tone, desktop notifications (the browser's), and
 * which kinds notify them at all. A kind switched off is neither shown nor counted.
 */
public record NotificationSettings(boolean sound, boolean desktop, Set<NotificationKind> kinds) {

	/** Until an operator chooses: everything on. */
	static final NotificationSettings DEFAULTS = new NotificationSettings(true, true,
			EnumSet.allOf(NotificationKind.class));

	public NotificationSettings {
		kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
	}

	public boolean wants(NotificationKind kind) {
		return this.kinds.contains(kind);
	}

}
