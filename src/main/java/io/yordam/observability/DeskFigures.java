package io.yordam.observability;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import io.yordam.orders.PlatformOutboxFigures;
import io.yordam.sla.SlaClocks;
import io.yordam.tickets.TicketFigures;
import io.yordam.tickets.TicketLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The desk's figures as of a few seconds ago: every gauge of every line reads this one
 * snapshot, and a scrape finding it older than {@code yordam.metrics.figures-ttl} reads
 * the database once (a few grouped queries on indexed columns), whatever the number of
 * gauges, lines or scrapers. A read that fails keeps the last snapshot; its age says so.
 * A source not in the context (a module test) leaves its figures at zero.
 */
@Component
class DeskFigures {

	private static final Logger log = LoggerFactory.getLogger(DeskFigures.class);

	private final TicketFigures tickets;

	private final ObjectProvider<SlaClocks> sla;

	private final ObjectProvider<PlatformOutboxFigures> outbox;

	private final EventRegistryFigures registry;

	private final MetricsProperties properties;

	private final Clock clock;

	// Not synchronized: a virtual thread must not hold a monitor over JDBC.
	private final ReentrantLock reading = new ReentrantLock();

	private volatile Snapshot snapshot;

	/** When the snapshot was read, by the injected clock (tests move it). */
	private volatile Instant readAt = Instant.MIN;

	DeskFigures(TicketFigures tickets, ObjectProvider<SlaClocks> sla, ObjectProvider<PlatformOutboxFigures> outbox,
			EventRegistryFigures registry, MetricsProperties properties, Clock clock) {
		this.tickets = tickets;
		this.sla = sla;
		this.outbox = outbox;
		this.registry = registry;
		this.properties = properties;
		this.clock = clock;
	}

	/** The snapshot, read anew if it is older than the TTL; null only before any read. */
	Snapshot current() {
		Snapshot seen = this.snapshot;
		if (seen != null && this.clock.instant().isBefore(this.readAt.plus(this.properties.figuresTtl()))) {
			return seen;
		}
		if (!this.reading.tryLock()) {
			// Another scrape is reading: its result serves the next one.
			return (seen != null) ? seen : waitForRead();
		}
		try {
			if (this.snapshot == seen) {
				this.snapshot = read();
				this.readAt = this.clock.instant();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the desk's figures for the metrics: {}", ex.toString());
		}
		finally {
			this.reading.unlock();
		}
		return this.snapshot;
	}

	private Snapshot waitForRead() {
		this.reading.lock();
		this.reading.unlock();
		return this.snapshot;
	}

	private Snapshot read() {
		Instant now = this.clock.instant();
		Map<TicketLine, Line> lines = new EnumMap<>(TicketLine.class);
		this.tickets.waitingByLine()
			.forEach(q -> lines.put(q.line(), new Line(q.waiting(), q.unassigned(), q.longestWaitingSince(), 0, 0)));
		SlaClocks clocks = this.sla.getIfAvailable();
		if (clocks != null) {
			clocks.perLine()
				.forEach((line, risk) -> lines.computeIfPresent(line, (l, q) -> new Line(q.waiting(), q.unassigned(),
						q.oldestSince(), risk.atRisk(), risk.breached())));
		}
		PlatformOutboxFigures figures = this.outbox.getIfAvailable();
		PlatformOutboxFigures.Backlog backlog = (figures != null) ? figures.backlog()
				: new PlatformOutboxFigures.Backlog(0, 0, null);
		return new Snapshot(now, lines, backlog, this.registry.read(now.minus(this.properties.stuckAfter())));
	}

	record Snapshot(Instant at, Map<TicketLine, Line> lines, PlatformOutboxFigures.Backlog outbox,
			EventRegistryFigures.Registry registry) {

		Line line(TicketLine line) {
			return this.lines.getOrDefault(line, Line.NONE);
		}

	}

	/**
	 * One line's queue: waiting for support, of them unassigned, since when; SLA risk.
	 */
	record Line(long waiting, long unassigned, Instant oldestSince, long atRisk, long breached) {

		static final Line NONE = new Line(0, 0, null, 0, 0);

	}

}
