package io.yordam.analytics;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;

/**
 * Whose figures a viewer sees: an agent their own (the agent dimension, their id), and
 * nothing else whatever they ask; a supervisor or an admin the desk, or any one cut of it
 * they ask for (a city, an agent). Decided from the signed-in operator, never a parameter
 * alone.
 */
record AnalyticsScope(Dimension dim, String value, boolean desk) {

	static AnalyticsScope of(OperatorPrincipal viewer, String asked, String value) {
		// A link with no cut may carry the parameter empty.
		String dim = (asked == null || asked.isBlank()) ? null : asked;
		String own = viewer.id().value().toString();
		boolean askedOwn = dim == null || ("AGENT".equals(dim) && own.equals(value));
		if (!StaffAction.SEE_DESK_ANALYTICS.permits(viewer.role().name())) {
			if (!askedOwn) {
				viewer.require(StaffAction.SEE_DESK_ANALYTICS);
			}
			return new AnalyticsScope(Dimension.AGENT, own, false);
		}
		if (dim == null || "ALL".equals(dim)) {
			return new AnalyticsScope(Dimension.ALL, Dimension.EVERYTHING, true);
		}
		Dimension cut = dimension(dim);
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("value", "required", "Which " + dim.toLowerCase() + "?");
		}
		return new AnalyticsScope(cut, value, true);
	}

	static Dimension dimension(String name) {
		try {
			return Dimension.valueOf(name);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException("dim", "dimension", "One of " + java.util.List.of(Dimension.values()));
		}
	}

	public boolean wholeDesk() {
		return this.dim == Dimension.ALL;
	}

}
