package io.yordam.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.yordam.tickets.TicketLine;

import org.springframework.stereotype.Component;

/**
 * The desk's state as gauges, each read from {@link DeskFigures}' shared snapshot: what
 * waits per line and for how long, tickets at risk of their SLA and past it, the platform
 * outbox's and the event registry's backlog and age. Every node reports the same
 * database-wide figures: aggregate them with {@code max}, not {@code sum}.
 */
@Component
class DeskGauges implements MeterBinder {

	private final DeskFigures figures;

	private final Clock clock;

	DeskGauges(DeskFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (TicketLine line : TicketLine.values()) {
			String tag = line.name().toLowerCase(Locale.ROOT);
			gauge(registry, "yordam.queue.waiting", "Tickets waiting for support's answer", null,
					s -> s.line(line).waiting(), tag);
			gauge(registry, "yordam.queue.unassigned", "Tickets waiting that nobody has taken", null,
					s -> s.line(line).unassigned(), tag);
			gauge(registry, "yordam.queue.oldest.wait", "How long the longest waiting ticket has waited", "seconds",
					s -> age(s.line(line).oldestSince()), tag);
			gauge(registry, "yordam.sla.at.risk", "Open tickets past 75% of an SLA target, not yet breached", null,
					s -> s.line(line).atRisk(), tag);
			gauge(registry, "yordam.sla.breached", "Open tickets past an SLA target", null,
					s -> s.line(line).breached(), tag);
		}
		gauge(registry, "yordam.outbox.pending", "Requests to the platform not yet accepted or refused",
				s -> s.outbox().pending());
		gauge(registry, "yordam.outbox.failing", "Pending requests the platform failed at least once",
				s -> s.outbox().failing());
		gauge(registry, "yordam.outbox.oldest.age", "How long the oldest pending request to the platform has waited",
				"seconds", s -> age(s.outbox().oldestSince()));
		for (String status : EventRegistryFigures.STATUSES) {
			Gauge.builder("yordam.events.incomplete", this, g -> g.read(s -> s.registry().incomplete().get(status)))
				.description("Event publications whose durable listener has not completed, by state")
				.tag("status", status)
				.register(registry);
		}
		gauge(registry, "yordam.events.stuck",
				"Event publications incomplete for longer than yordam.metrics.stuck-after", s -> s.registry().stuck());
		gauge(registry, "yordam.events.oldest.age", "How long the oldest incomplete event publication has waited",
				"seconds", s -> age(s.registry().oldestSince()));
		gauge(registry, "yordam.figures.age", "How old the figures above are (grows while the database cannot be read)",
				"seconds", s -> age(s.at()));
	}

	private void gauge(MeterRegistry registry, String name, String description, String unit,
			ToDoubleFunction<DeskFigures.Snapshot> value, String line) {
		Gauge.builder(name, this, g -> g.read(value::applyAsDouble))
			.description(description)
			.baseUnit(unit)
			.tag("line", line)
			.register(registry);
	}

	private void gauge(MeterRegistry registry, String name, String description,
			ToDoubleFunction<DeskFigures.Snapshot> value) {
		gauge(registry, name, description, null, value);
	}

	private void gauge(MeterRegistry registry, String name, String description, String unit,
			ToDoubleFunction<DeskFigures.Snapshot> value) {
		Gauge.builder(name, this, g -> g.read(value::applyAsDouble))
			.description(description)
			.baseUnit(unit)
			.register(registry);
	}

	/** NaN until the figures could be read once: "unknown", not "nothing waits". */
	private double read(java.util.function.Function<DeskFigures.Snapshot, Number> value) {
		DeskFigures.Snapshot snapshot = this.figures.current();
		if (snapshot == null) {
			return Double.NaN;
		}
		Number number = value.apply(snapshot);
		return (number != null) ? number.doubleValue() : 0;
	}

	private double age(Instant since) {
		return (since != null) ? Math.max(0, Duration.between(since, this.clock.instant()).toMillis() / 1000.0) : 0;
	}

}
