package io.yordam.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the queue and the supervisor's board read about service levels. Each query reads
 * the clocks table by an index: by ticket ids, by state and due instant, by line.
 */
@Service
public class SlaClocks {

	private final SlaClockRepository clocks;

	private final Clock clock;

	SlaClocks(SlaClockRepository clocks, Clock clock) {
		this.clocks = clocks;
		this.clock = clock;
	}

	/** The clocks still running or paused of each ticket asked for (at most 500 ids). */
	@Transactional(readOnly = true)
	public Map<TicketId, List<SlaClockView>> of(Collection<TicketId> tickets) {
		Instant now = this.clock.instant();
		Map<TicketId, List<SlaClockView>> views = new LinkedHashMap<>();
		List<UUID> ids = tickets.stream().limit(500).map(TicketId::value).toList();
		if (ids.isEmpty()) {
			return views;
		}
		this.clocks.findByTicketIdInAndStateNot(ids, SlaClock.State.STOPPED)
			.stream()
			.map(c -> c.view(now))
			.sorted(URGENCY)
			.forEach(v -> views.computeIfAbsent(v.ticketId(), id -> new java.util.ArrayList<>()).add(v));
		return views;
	}

	/** Each ticket's most urgent clock: what its queue row counts down. */
	@Transactional(readOnly = true)
	public Map<TicketId, SlaClockView> nearest(Collection<TicketId> tickets) {
		Map<TicketId, SlaClockView> nearest = new LinkedHashMap<>();
		of(tickets).forEach((id, views) -> nearest.put(id, views.get(0)));
		return nearest;
	}

	/** Tickets at risk (a clock past 75%) and breached, per line. */
	@Transactional(readOnly = true)
	public Map<TicketLine, LineRisk> perLine() {
		Instant now = this.clock.instant();
		Map<TicketLine, long[]> counts = new EnumMap<>(TicketLine.class);
		for (TicketLine line : TicketLine.values()) {
			counts.put(line, new long[2]);
		}
		this.clocks.atRiskPerLine(now).forEach(row -> counts.get((TicketLine) row[0])[0] = (Long) row[1]);
		this.clocks.breachedPerLine(now).forEach(row -> counts.get((TicketLine) row[0])[1] = (Long) row[1]);
		Map<TicketLine, LineRisk> risk = new EnumMap<>(TicketLine.class);
		counts.forEach((line, c) -> risk.put(line, new LineRisk(line, c[0], c[1])));
		return risk;
	}

	/** The {@code limit} tickets whose running clocks are due soonest (overdue first). */
	@Transactional(readOnly = true)
	public List<SlaClockView> mostAtRisk(int limit) {
		Instant now = this.clock.instant();
		int n = Math.max(1, Math.min(limit, 100));
		Map<TicketId, SlaClockView> seen = new LinkedHashMap<>();
		// A ticket may run two clocks: read enough rows for n different tickets.
		for (SlaClock c : this.clocks.soonestDue(Limit.of(n * 3))) {
			seen.putIfAbsent(c.ticketId(), c.view(now));
		}
		return seen.values().stream().limit(n).toList();
	}

	/** Breached first, then the latest stage, then the soonest due; paused last. */
	static final Comparator<SlaClockView> URGENCY = Comparator.comparing((SlaClockView v) -> -v.stage().ordinal())
		.thenComparing(SlaClockView::paused)
		.thenComparing(v -> (v.dueAt() != null) ? v.dueAt() : Instant.MAX);

	/**
	 * @param atRisk tickets past 75% of a target @param breached tickets past one
	 */
	public record LineRisk(TicketLine line, long atRisk, long breached) {
	}

}
