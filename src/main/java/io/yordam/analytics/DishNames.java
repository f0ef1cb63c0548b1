package io.yordam.analytics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** How a dish reads: its name as the orders named it, and its restaurant. */
@Repository
class DishNames {

	private final JdbcTemplate jdbc;

	DishNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The dishes' labels by sku; an sku not known reads as itself. */
	Map<String, String> of(Collection<String> skus) {
		Map<String, String> names = new HashMap<>();
		for (String sku : skus) {
			names.put(sku, sku);
		}
		if (skus.isEmpty()) {
			return names;
		}
		String in = String.join(",", skus.stream().map(s -> "?").toList());
		this.jdbc.query("select sku, name, restaurant from analytics_dishes where sku in (" + in + ")", rs -> {
			String restaurant = rs.getString(3);
			names.put(rs.getString(1), rs.getString(2) + ((restaurant != null) ? " · " + restaurant : ""));
		}, skus.toArray());
		return names;
	}

}
