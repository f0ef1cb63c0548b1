package io.yordam.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.yordam.common.ConflictRetry;
import io.yordam.ledger.CompensationPosted;
import io.yordam.ledger.LedgerActor;
import io.yordam.ledger.PostingKind;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention's days rolled up read as their contacts do: after a roll, after a contact
 * changes (a next order, a rating, a compensation) and before the next roll, and when
 * writers and the roller run at once. Each test keeps to its own month of 2031, which no
 * other test writes and the scheduled roller (today's 92 days) never touches.
 */
@YordamTest
class RetentionRollupTests {

	@Autowired
	TicketRows rows;

	@Autowired
	NextOrders nextOrders;

	@Autowired
	CompensationOptions options;

	@Autowired
	Retention retention;

	@Autowired
	RetentionDays days;

	@Autowired
	RetentionRoller roller;

	@Autowired
	ReportZone zone;

	@Autowired
	ConflictRetry retry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void rolledUpDaysReadAsTheirContactsAndAChangeIsReadAtOnce() {
		LocalDate first = LocalDate.of(2031, 3, 1);
		LocalDate last = first.plusDays(29);
		List<UUID> tickets = contacts(first, 30, "r");
		Map<Instant, List<Retention.Row>> truth = readings(first, last);
		assertThat(truth.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

		assertThat(this.roller.roll(first, last)).isEqualTo(30);
		assertThat(this.days.rolled(first, last.plusDays(1))).hasSize(30);
		assertThat(readings(first, last)).as("read from the days rolled up").isEqualTo(truth);
		assertThat(this.roller.roll(first, last)).as("nothing is stale").isZero();

		// A next order, a rating and a compensation on three days.
		this.retry.run(() -> this.nextOrders.ordered("o-" + UUID.randomUUID(), customerOf(tickets.get(3)),
				opened(tickets.get(3)).plus(Duration.ofDays(2))));
		this.retry.run(() -> this.rows.rated(tickets.get(10), opened(tickets.get(10)).plusSeconds(60), 2));
		compensate(tickets.get(20), 15_000);
		assertThat(this.days.rolled(first, last.plusDays(1))).hasSize(27);
		Map<Instant, List<Retention.Row>> mixed = readings(first, last);
		assertThat(this.roller.roll(first, last)).isEqualTo(3);
		Map<Instant, List<Retention.Row>> rolled = readings(first, last);
		Map<Instant, List<Retention.Row>> changed = fromContacts(first, last);
		assertThat(changed).as("the changes count").isNotEqualTo(truth);
		assertThat(mixed).as("stale days read from their contacts").isEqualTo(changed);
		assertThat(rolled).as("and once rolled again").isEqualTo(changed);
	}

	@Test
	void writersAndTheRollerAtOnceLeaveEveryDayAsItsContacts() throws Exception {
		LocalDate first = LocalDate.of(2031, 6, 1);
		LocalDate last = first.plusDays(19);
		List<UUID> tickets = contacts(first, 20, "p");
		this.roller.roll(first, last);
		AtomicInteger writing = new AtomicInteger(4);
		List<Callable<Integer>> work = new ArrayList<>();
		work.add(() -> {
			int rolls = 0;
			while (writing.get() > 0) {
				this.roller.roll(first, last);
				rolls++;
			}
			return rolls;
		});
		for (int w = 0; w < 4; w++) {
			int writer = w;
			work.add(() -> {
				for (int i = writer; i < tickets.size(); i += 4) {
					UUID ticket = tickets.get(i);
					Instant opened = opened(ticket);
					this.retry.run(() -> this.nextOrders.ordered("o-" + UUID.randomUUID(), customerOf(ticket),
							opened.plus(Duration.ofDays(1 + writer))));
					this.retry.run(() -> this.rows.rated(ticket, opened.plusSeconds(30), 1 + writer));
					compensate(ticket, 1_000 * (writer + 1));
					UUID late = UUID.randomUUID();
					this.retry
						.run(() -> this.rows.lock(late, -1, customerOf(ticket), "CHAT", null, opened.plusSeconds(90)));
				}
				writing.decrementAndGet();
				return 0;
			});
		}
		Parallel.all(work);
		this.roller.roll(first, last);
		assertThat(this.days.rolled(first, last.plusDays(1))).hasSize(20);
		Map<Instant, List<Retention.Row>> rolled = readings(first, last);
		assertThat(rolled).isEqualTo(fromContacts(first, last));
		assertThat(rolled.values())
			.allSatisfy(rows -> assertThat(rows.stream().mapToLong(Retention.Row::contacts).sum()).isPositive());
	}

	@Test
	void aMarkNotYetCommittedWhenItsDayIsRolledKeepsTheDayReadFromItsContacts() throws Exception {
		LocalDate day = LocalDate.of(2031, 9, 10);
		List<UUID> tickets = contacts(day, 1, "u");
		this.roller.roll(day, day);
		Instant opened = opened(tickets.get(0));
		CountDownLatch marked = new CountDownLatch(1);
		CountDownLatch rolled = new CountDownLatch(1);
		try (ExecutorService writer = Executors.newSingleThreadExecutor()) {
			Future<?> late = writer.submit(() -> this.retry.run(() -> {
				this.rows.lock(UUID.randomUUID(), -1, "late-" + UUID.randomUUID(), "CHAT", null,
						opened.plusSeconds(60));
				marked.countDown();
				await(rolled);
			}));
			assertThat(marked.await(30, TimeUnit.SECONDS)).isTrue();
			// Another change of the day, committed: the roll sees its mark, not the late
			// one's.
			this.retry.run(() -> this.rows.rated(tickets.get(0), opened.plusSeconds(30), 4));
			assertThat(this.roller.roll(day, day)).isEqualTo(1);
			rolled.countDown();
			late.get(30, TimeUnit.SECONDS);
		}
		assertThat(this.days.rolled(day, day.plusDays(1))).as("the late contact's mark stays").isEmpty();
		Map<Instant, List<Retention.Row>> read = readings(day, day);
		assertThat(read).isEqualTo(fromContacts(day, day));
		assertThat(read.values()).allSatisfy(rows -> assertThat(rows.stream()
			.filter(row -> row.group().equals("NOT_COMPENSATED") || row.group().equals("COMPENSATED"))
			.mapToLong(Retention.Row::contacts)
			.sum()).isEqualTo(2));
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theScheduledRollRecomputesTheMarkedDaysOfTheLongestPeriodAndForgetsOlderOnes() {
		LocalDate today = this.zone.dayOf(this.clock.instant());
		LocalDate old = today.minusDays(Period.MAX_DAYS + 5);
		LocalDate first = today.minusDays(Period.MAX_DAYS);
		this.days.recompute(old);
		contacts(first, 1, "s");
		this.roller.roll();
		assertThat(computed(old)).as("past any page").isZero();
		assertThat(computed(first)).isOne();
		assertThat(this.days.rolled(first, first.plusDays(1))).containsExactly(first);
	}

	private long computed(LocalDate day) {
		return this.jdbc.queryForObject("select count(*) from analytics_retention_days where local_day = ?", Long.class,
				day);
	}

	/**
	 * A contact a day from {@code first}, each its own customer, some of them with
	 * orders.
	 */
	private List<UUID> contacts(LocalDate first, int count, String tag) {
		String run = tag + "-" + UUID.randomUUID().toString().substring(0, 8);
		List<UUID> tickets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String customer = run + "-" + i;
			Instant opened = first.plusDays(i)
				.atStartOfDay(this.zone.zone())
				.toInstant()
				.plusSeconds(3_600L * (i % 24));
			UUID ticket = UUID.randomUUID();
			this.retry.run(() -> this.rows.lock(ticket, -1, customer, "CHAT", null, opened));
			if (i % 3 != 0) {
				Instant next = opened.plus(Duration.ofDays(4L * (i % 4)).plusHours(1));
				this.retry.run(() -> this.nextOrders.ordered("o-" + UUID.randomUUID(), customer, next));
			}
			if (i % 4 == 1) {
				compensate(ticket, 20_000);
			}
			if (i % 5 == 2) {
				this.retry.run(() -> this.rows.rated(ticket, opened.plusSeconds(600), 5));
			}
			tickets.add(ticket);
		}
		return tickets;
	}

	private void compensate(UUID ticket, long som) {
		Instant at = opened(ticket).plusSeconds(300);
		this.retry.run(() -> {
			this.rows.compensated(ticket, at, som);
			this.options
				.posted(new CompensationPosted(UUID.randomUUID(), PostingKind.REFUND, customerOf(ticket), som, ticket,
						null, (som % 2_000 == 0) ? "FULL_REFUND" : "PROMO", LedgerActor.Kind.AGENT, "agent", null, at));
		});
	}

	/**
	 * Each grouping's rows over the days, whole and from mid-morning of the first to noon
	 * of the last, seen from moments that put the window ends on different days.
	 */
	private Map<Instant, List<Retention.Row>> readings(LocalDate first, LocalDate last) {
		Instant from = first.atStartOfDay(this.zone.zone()).toInstant();
		Instant to = last.plusDays(1).atStartOfDay(this.zone.zone()).toInstant();
		Map<Instant, List<Retention.Row>> readings = new java.util.TreeMap<>();
		for (Instant now : List.of(to.plus(Duration.ofHours(5)), to.plus(Duration.ofDays(12)),
				from.plus(Duration.ofDays(38)).plusSeconds(7_000), to.plus(Duration.ofDays(45)))) {
			List<Retention.Row> all = new ArrayList<>();
			for (Retention.By by : Retention.By.values()) {
				all.addAll(this.retention.of(by, from, to, now));
				all.addAll(this.retention.of(by, from.plus(Duration.ofHours(10)), to.minus(Duration.ofHours(12)), now));
			}
			readings.put(now, all);
		}
		return readings;
	}

	/** The readings with no day computed: from the contacts alone. */
	private Map<Instant, List<Retention.Row>> fromContacts(LocalDate first, LocalDate last) {
		this.jdbc.update("delete from analytics_retention_days where local_day >= ? and local_day <= ?", first, last);
		assertThat(this.days.rolled(first, last.plusDays(1))).isEmpty();
		Map<Instant, List<Retention.Row>> readings = readings(first, last);
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			this.jdbc.update("insert into analytics_retention_stale (local_day) values (?)", day);
		}
		this.roller.roll(first, last);
		return readings;
	}

	private Instant opened(UUID ticket) {
		return this.jdbc
			.queryForObject("select opened_at from analytics_tickets where ticket_id = ?",
					java.time.OffsetDateTime.class, ticket)
			.toInstant();
	}

	private String customerOf(UUID ticket) {
		return this.jdbc.queryForObject("select customer_id from analytics_tickets where ticket_id = ?", String.class,
				ticket);
	}

}
