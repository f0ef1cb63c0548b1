package io.yordam.sla;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.Participant;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost of SLA clocks at 1,000 open tickets (docs/performance.md, "The cost of SLA
 * timers"): each ticket's opening starts its clocks and timers in the opening's
 * transaction; then the queue (sorted by due), the per-line counts, the most at risk and
 * a page's countdowns are read. Not part of the build (its name ends in Bench); run it
 * with
 * {@code mvn -Dtest=SlaThousandTicketsBench -Dsurefire.failIfNoSpecifiedTests=false test}
 * (add {@code -Dyordam.test.db=postgres} for PostgreSQL). Prints its figures.
 */
@YordamTest
class SlaThousandTicketsBench {

	static final int TICKETS = 1000;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TicketDesk desk;

	@Autowired
	SlaClocks clocks;

	@Test
	void thousandOpenTickets() {
		Instant now = Instant.now();
		List<TicketId> ids = new ArrayList<>();
		long base = this.jdbc.queryForObject("select coalesce(max(number), 0) from tickets", Long.class) + 1;
		for (int i = 0; i < TICKETS; i++) {
			UUID id = UUID.randomUUID();
			this.jdbc.update(
					"""
							insert into tickets (id, number, conversation_id, requester_id, requester_role, requester_name, line,
							  status, priority, priority_rank, queue_bucket, category, subject, created_at, updated_at, version)
							values (?, ?, ?, ?, 'CUSTOMER', 'Bench', ?, 'NEW', 'NORMAL', 1, 1, ?, 'bench', ?, ?, 0)
							""",
					id, base + i, UUID.randomUUID(), "c-bench-" + i, (i % 4 == 0) ? "COURIERS" : "CUSTOMERS_PARTNERS",
					TicketCategory.values()[i % 6].name(), Timestamp.from(now), Timestamp.from(now));
			ids.add(new TicketId(id));
		}
		long scheduledBefore = scheduled();
		long start = System.nanoTime();
		for (int i = 0; i < TICKETS; i++) {
			TicketChanged opened = new TicketChanged(ids.get(i), base + i, UUID.randomUUID(),
					Participant.customer("c-bench-" + i),
					(i % 4 == 0) ? TicketLine.COURIERS : TicketLine.CUSTOMERS_PARTNERS, TicketStatus.NEW,
					TicketPriority.NORMAL, TicketCategory.values()[i % 6], "bench", null, TicketChanged.Change.OPENED,
					now, now, "ru", EscalationLevel.FIRST_LINE, 0);
			this.transactions.executeWithoutResult(tx -> this.events.publishEvent(opened));
		}
		Duration opening = Duration.ofNanos(System.nanoTime() - start);
		long clockRows = this.jdbc.queryForObject(
				"select count(*) from sla_clocks where ticket_id in (select id from tickets where requester_name = 'Bench')",
				Long.class);
		long timerRows = scheduled() - scheduledBefore;
		assertThat(clockRows).isEqualTo(2L * TICKETS);

		// The waiting queue is everybody's: no viewer needed.
		OperatorPrincipal viewer = null;
		Duration queue = timed(
				() -> this.clocks.nearest(this.desk.queue(TicketDesk.QueueFilter.waitingForSupport(), viewer, 0, 25)
					.map(t -> t.id())
					.getContent()));
		Duration perLine = timed(() -> this.clocks.perLine());
		Duration atRisk = timed(() -> this.clocks.mostAtRisk(20));
		System.out.printf("SLA bench (%s): %d tickets opened with clocks in %d ms (%.2f ms each); %d clock rows, "
				+ "%d timer rows; queue page + countdowns %.1f ms; per-line counts %.1f ms; 20 most at risk %.1f ms%n",
				System.getProperty("yordam.test.db", "h2"), TICKETS, opening.toMillis(),
				opening.toNanos() / 1e6 / TICKETS, clockRows, timerRows, ms(queue), ms(perLine), ms(atRisk));
	}

	/** The median of 21 runs, after 5 to warm up. */
	private static Duration timed(Runnable work) {
		for (int i = 0; i < 5; i++) {
			work.run();
		}
		long[] runs = new long[21];
		for (int i = 0; i < runs.length; i++) {
			long start = System.nanoTime();
			work.run();
			runs[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(runs);
		return Duration.ofNanos(runs[runs.length / 2]);
	}

	private static double ms(Duration d) {
		return d.toNanos() / 1e6;
	}

	private long scheduled() {
		return this.jdbc.queryForObject("select count(*) from scheduled_tasks where task_name like 'sla-%'",
				Long.class);
	}

}
