package io.yordam.analytics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dimension values one contribution is counted under; the whole desk ({@code ALL})
 * always. A value not known (null or blank) is left out rather than counted as "unknown":
 * a cut shows what is known.
 */
final class Dimensions {

	private final Map<Dimension, String> values = new EnumMap<>(Dimension.class);

	private Dimensions() {
		this.values.put(Dimension.ALL, Dimension.EVERYTHING);
	}

	/** The whole desk only. */
	static Dimensions desk() {
		return new Dimensions();
	}

	/** Only these dimensions, not the desk: a value learnt after the desk counted it. */
	static Dimensions only(Dimension dimension, String value) {
		Dimensions only = new Dimensions();
		only.values.clear();
		return only.with(dimension, value);
	}

	Dimensions with(Dimension dimension, String value) {
		if (value != null && !value.isBlank()) {
			this.values.put(dimension, (value.length() > 200) ? value.substring(0, 200) : value);
		}
		return this;
	}

	Map<Dimension, String> values() {
		return Collections.unmodifiableMap(this.values);
	}

}
