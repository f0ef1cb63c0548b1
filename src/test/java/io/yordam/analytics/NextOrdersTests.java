package io.yordam.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.common.ConflictRetry;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact's next order, kept on its row for retention: right whichever arrives first,
 * and when a contact and the customer's orders are written at once.
 */
@YordamTest
class NextOrdersTests {

	static final Instant OPENED = Instant.parse("2030-01-10T09:00:00Z");

	/** The racing contacts' opening, alone in its second. */
	static final Instant RACE = Instant.parse("2030-05-10T09:00:00Z");

	@Autowired
	TicketRows rows;

	@Autowired
	NextOrders nextOrders;

	@Autowired
	Retention retention;

	@Autowired
	ConflictRetry retry;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theNextOrderIsTheFirstOneAfterTheOpeningWhicheverCameFirst() {
		String known = "known-" + UUID.randomUUID();
		order(known, OPENED.plus(Duration.ofDays(12)));
		order(known, OPENED.minus(Duration.ofDays(1)));
		UUID before = contact(known);
		assertThat(nextOrder(before)).as("the order known before the contact")
			.isEqualTo(OPENED.plus(Duration.ofDays(12)));
		order(known, OPENED.plus(Duration.ofDays(3)));
		assertThat(nextOrder(before)).as("an earlier one learnt later").isEqualTo(OPENED.plus(Duration.ofDays(3)));
		order(known, OPENED.plus(Duration.ofDays(5)));
		assertThat(nextOrder(before)).as("a later one changes nothing").isEqualTo(OPENED.plus(Duration.ofDays(3)));
	}

	@Test
	void aContactAndTheCustomersOrdersWrittenAtOnceEachSeeTheOthers() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		List<UUID> tickets = new ArrayList<>();
		List<Callable<Boolean>> writes = new ArrayList<>();
		for (int c = 0; c < 6; c++) {
			String customer = "racing-" + tag + "-" + c;
			UUID ticket = UUID.randomUUID();
			tickets.add(ticket);
			writes.add(() -> {
				this.retry.run(() -> this.rows.lock(ticket, -1, customer, null, null, RACE));
				return true;
			});
			for (int days : new int[] { -1, 2, 10 }) {
				writes.add(() -> {
					order(customer, RACE.plus(Duration.ofDays(days)));
					return true;
				});
			}
		}
		Parallel.all(writes);
		for (UUID ticket : tickets) {
			assertThat(nextOrder(ticket)).isEqualTo(RACE.plus(Duration.ofDays(2)));
		}
		Map<String, Retention.Row> rows = new java.util.HashMap<>();
		this.retention.of(Retention.By.OUTCOME, RACE, RACE.plusSeconds(1), RACE.plus(Duration.ofDays(40)))
			.forEach(row -> rows.put(row.group(), row));
		assertThat(rows.get("NOT_COMPENSATED").contacts()).isEqualTo(6);
		assertThat(rows.get("NOT_COMPENSATED").kept7()).isEqualTo(100.0);
	}

	private UUID contact(String customer) {
		UUID ticket = UUID.randomUUID();
		this.retry.run(() -> this.rows.lock(ticket, -1, customer, null, null, OPENED));
		return ticket;
	}

	private void order(String customer, Instant at) {
		this.retry.run(() -> this.nextOrders.ordered("o-" + UUID.randomUUID(), customer, at));
	}

	private Instant nextOrder(UUID ticket) {
		OffsetDateTime at = this.jdbc.queryForObject("select next_order_at from analytics_tickets where ticket_id = ?",
				OffsetDateTime.class, ticket);
		return (at != null) ? at.toInstant() : null;
	}

}
