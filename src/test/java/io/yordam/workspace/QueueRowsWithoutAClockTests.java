package io.yordam.workspace;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ticket no SLA clock covers (just opened, before its clock is started; or under no
 * policy) shows a dash in the queue's due column: the queue page renders whole. It used
 * to stop mid-page (th:replace runs before th:if on one element), which the
 * million-ticket benchmark found.
 */
@YordamTest
// A context (and database) of its own: tickets without a clock sort last, after every
// other test's waiting tickets.
@org.springframework.test.context.TestPropertySource(properties = "yordam.test-context=queue-without-a-clock")
class QueueRowsWithoutAClockTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTicketWithoutAClockShowsADashAndThePageRendersWhole() {
		long number = 9_000_000 + (System.nanoTime() % 1_000_000);
		Instant now = Instant.now();
		// Urgent, so that it is on the queue's first page whatever else is waiting.
		this.jdbc.update("""
				insert into tickets (id, number, conversation_id, requester_id, requester_role, requester_name, line,
				status, queue_bucket, priority, priority_rank, category, subject, created_at, updated_at, version)
				values (?, ?, ?, 'c-no-clock', 'CUSTOMER', 'Без часов', 'CUSTOMERS_PARTNERS', 'NEW', 1, 'URGENT', 3,
				'GENERAL_QUESTION', 'Нет часов', ?, ?, 0)""", UUID.randomUUID(), number, UUID.randomUUID(),
				Timestamp.from(now), Timestamp.from(now));
		String username = "no-clock-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(username, "Sardor", "a-long-password", OperatorRole.AGENT, "ru");
		OperatorSession session = OperatorSession.open(new Http(this.port));
		session.login(username, "a-long-password");

		Http.Response queue = session.get("/agent");
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.text()).contains("data-number=\"" + number + "\"").contains("</html>");
	}

}
