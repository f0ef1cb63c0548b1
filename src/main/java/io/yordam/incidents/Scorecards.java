package io.yordam.incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.yordam.common.InvalidInputException;
import io.yordam.orders.OrderVolume;
import io.yordam.orders.Orders;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents per 100 orders by restaurant, menu item, courier and city, with what they
 * cost: where supervisors look for the causes. Declined cards are not claims against
 * anyone and are left out.
 */
@Service
public class Scorecards {

	private final IncidentRepository incidents;

	private final Orders orders;

	private final Clock clock;

	Scorecards(IncidentRepository incidents, Orders orders, Clock clock) {
		this.incidents = incidents;
		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * One line: a restaurant (courier, city, item), its orders and incidents in the
	 * period.
	 */
	public record Line(String key, String label, long orders, long incidents, double per100Orders, long cost,
			Map<IncidentType, Long> byType) {
	}

	public record Scorecard(OrderVolume.By by, int days, Instant since, List<Line> lines) {
	}

	@Transactional(readOnly = true)
	public Scorecard of(OrderVolume.By by, int days, Acting reader) {
		reader.require(io.yordam.access.StaffAction.SEE_SCORECARDS);
		if (days < 1 || days > 365) {
			throw new InvalidInputException("days", "range", "1 to 365 days");
		}
		Instant since = this.clock.instant().minus(Duration.ofDays(days));
		Map<String, Tally> tallies = new LinkedHashMap<>();
		for (OrderVolume volume : this.orders.volume(by, since)) {
			tallies.put(volume.key(), new Tally(volume.label(), volume.orders()));
		}
		for (Incident incident : this.incidents.findByCreatedAtGreaterThanEqual(since)) {
			if (incident.type() == IncidentType.UNPAID_ORDER) {
				continue;
			}
			for (String key : keysOf(incident, by)) {
				tallies.computeIfAbsent(key, k -> new Tally(k, 0)).add(incident);
			}
		}
		List<Line> lines = new ArrayList<>();
		tallies.forEach((key, t) -> lines.add(new Line(key, t.label, t.orders, t.incidents,
				(t.orders == 0) ? 0 : Math.round(t.incidents * 10000.0 / t.orders) / 100.0, t.cost, t.byType)));
		lines.sort(Comparator.comparingDouble(Line::per100Orders)
			.reversed()
			.thenComparing(Comparator.comparingLong(Line::incidents).reversed())
			.thenComparing(Line::label, Comparator.nullsLast(Comparator.naturalOrder())));
		return new Scorecard(by, days, since, lines);
	}

	private List<String> keysOf(Incident incident, OrderVolume.By by) {
		return switch (by) {
			case RESTAURANT -> nonNull(incident.parties().restaurantName());
			case COURIER -> nonNull(incident.parties().courierName());
			case CITY -> nonNull(incident.parties().city());
			// An incident about items counts against each item it names.
			case ITEM -> incident.offering().facts().items().stream().distinct().toList();
		};
	}

	private static List<String> nonNull(String value) {
		return (value == null) ? List.of() : List.of(value);
	}

	private static final class Tally {

		final String label;

		final long orders;

		long incidents;

		long cost;

		final Map<IncidentType, Long> byType = new HashMap<>();

		Tally(String label, long orders) {
			this.label = label;
			this.orders = orders;
		}

		void add(Incident incident) {
			this.incidents++;
			this.cost += incident.cost();
			this.byType.merge(incident.type(), 1L, Long::sum);
		}

	}

}
