package io.yordam.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.yordam.orders.PlatformOutboxFigures;
import io.yordam.sla.SlaClocks;
import io.yordam.tickets.TicketFigures;
import io.yordam.tickets.TicketLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Every gauge of every line reads one snapshot: a scrape costs one read of the database
 * however many gauges it reads, and a failed read keeps the last figures.
 */
class DeskFiguresTest {

	final Instant now = Instant.parse("2026-03-01T19:00:00Z");

	final TicketFigures tickets = mock(TicketFigures.class);

	final SlaClocks sla = mock(SlaClocks.class);

	final PlatformOutboxFigures outbox = mock(PlatformOutboxFigures.class);

	final EventRegistryFigures registry = mock(EventRegistryFigures.class);

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@BeforeEach
	void setUp() {
		given(this.tickets.waitingByLine())
			.willReturn(List.of(new TicketFigures.LineQueue(TicketLine.COURIERS, 7, 3, this.now.minusSeconds(95)),
					new TicketFigures.LineQueue(TicketLine.CUSTOMERS_PARTNERS, 0, 0, null)));
		given(this.sla.perLine())
			.willReturn(Map.of(TicketLine.COURIERS, new SlaClocks.LineRisk(TicketLine.COURIERS, 2, 1)));
		given(this.outbox.backlog()).willReturn(new PlatformOutboxFigures.Backlog(4, 1, this.now.minusSeconds(600)));
		given(this.registry.read(any())).willReturn(new EventRegistryFigures.Registry(
				Map.of("published", 12L, "failed", 2L), this.now.minusSeconds(30), 1));
	}

	void bind(Duration ttl) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("sla", this.sla, "outbox", this.outbox));
		Clock clock = Clock.fixed(this.now, ZoneOffset.UTC);
		DeskFigures figures = new DeskFigures(this.tickets, beans.getBeanProvider(SlaClocks.class),
				beans.getBeanProvider(PlatformOutboxFigures.class), this.registry, new MetricsProperties(ttl, null),
				clock);
		new DeskGauges(figures, clock).bindTo(this.meters);
	}

	double gauge(String name, String... tags) {
		return this.meters.get(name).tags(tags).gauge().value();
	}

	@Test
	void everyGaugeReadsTheSameSnapshotOnce() {
		bind(Duration.ofMinutes(1));
		assertThat(gauge("yordam.queue.waiting", "line", "couriers")).isEqualTo(7);
		assertThat(gauge("yordam.queue.unassigned", "line", "couriers")).isEqualTo(3);
		assertThat(gauge("yordam.queue.oldest.wait", "line", "couriers")).isEqualTo(95);
		assertThat(gauge("yordam.queue.oldest.wait", "line", "customers_partners")).isZero();
		assertThat(gauge("yordam.sla.at.risk", "line", "couriers")).isEqualTo(2);
		assertThat(gauge("yordam.sla.breached", "line", "couriers")).isEqualTo(1);
		assertThat(gauge("yordam.outbox.pending")).isEqualTo(4);
		assertThat(gauge("yordam.outbox.failing")).isEqualTo(1);
		assertThat(gauge("yordam.outbox.oldest.age")).isEqualTo(600);
		assertThat(gauge("yordam.events.incomplete", "status", "published")).isEqualTo(12);
		assertThat(gauge("yordam.events.incomplete", "status", "failed")).isEqualTo(2);
		assertThat(gauge("yordam.events.incomplete", "status", "resubmitted")).isZero();
		assertThat(gauge("yordam.events.stuck")).isEqualTo(1);
		assertThat(gauge("yordam.events.oldest.age")).isEqualTo(30);
		verify(this.tickets, times(1)).waitingByLine();
		verify(this.sla, times(1)).perLine();
		verify(this.outbox, times(1)).backlog();
		verify(this.registry, times(1)).read(this.now.minus(Duration.ofMinutes(5)));
	}

	@Test
	void unknownUntilReadOnce() {
		bind(Duration.ZERO);
		given(this.tickets.waitingByLine()).willThrow(new IllegalStateException("database away"));
		assertThat(gauge("yordam.queue.waiting", "line", "couriers")).isNaN();
		assertThat(gauge("yordam.figures.age")).isNaN();
	}

	@Test
	void aFailedReadKeepsTheLastFigures() {
		bind(Duration.ZERO);
		assertThat(gauge("yordam.queue.waiting", "line", "couriers")).isEqualTo(7);
		given(this.tickets.waitingByLine()).willThrow(new IllegalStateException("database away"));
		assertThat(gauge("yordam.queue.waiting", "line", "couriers")).isEqualTo(7);
		assertThat(gauge("yordam.figures.age")).isZero();
		verify(this.tickets, times(3)).waitingByLine();
	}

}
