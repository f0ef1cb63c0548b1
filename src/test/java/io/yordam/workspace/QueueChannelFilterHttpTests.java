package io.yordam.workspace;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue by channel: the review channel's tickets alone are the reputation queue, in
 * the page, its live rows and the API; the filter is in the URL and kept by the tabs and
 * the pager; an unknown channel is refused (the API's problem names the field).
 */
@YordamTest
class QueueChannelFilterHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theReviewChannelAloneIsTheReputationQueue() {
		long review = ticket("REVIEW");
		long chat = ticket("CHAT");
		String username = "channel-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId agent = this.operators.register(username, "Kamola", "a-long-password", OperatorRole.AGENT, "ru");
		Http http = new Http(this.port);
		OperatorSession session = OperatorSession.open(http);
		session.login(username, "a-long-password");

		String all = session.get("/agent?lang=en").text();
		assertThat(all).contains(row(review)).contains(row(chat)).contains("All channels");

		Http.Response reviews = session.get("/agent?channel=REVIEW");
		assertThat(reviews.status()).isEqualTo(200);
		assertThat(reviews.text()).contains(row(review))
			.doesNotContain(row(chat))
			.doesNotContain("data-channel=\"CHAT\"")
			.contains("<option value=\"REVIEW\" selected=\"selected\">")
			// The tabs and the live rows keep the filter.
			.containsPattern("href=\"/agent\\?view=mine[^\"]*channel=REVIEW\"")
			.containsPattern("hx-get=\"/agent/queue/rows\\?view=waiting[^\"]*channel=REVIEW[^\"]*\"");
		String rows = session.get("/agent/queue/rows?view=waiting&channel=REVIEW").text();
		assertThat(rows).contains(row(review)).doesNotContain(row(chat));
		assertThat(session.get("/agent?channel=CHAT").text()).contains(row(chat)).doesNotContain(row(review));
		// An empty choice is every channel (the form sends it so).
		assertThat(session.get("/agent?line=&channel=").text()).contains(row(review)).contains(row(chat));

		assertThat(session.get("/agent?channel=FAX").status()).isEqualTo(400);

		String token = this.operators.issueApiToken(agent, "tests");
		Http.Response api = http.get("/api/v1/agent/tickets?channel=REVIEW&size=100").bearer(token).send();
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().path("items").findValuesAsString("channel")).isNotEmpty().containsOnly("REVIEW");
		assertThat(http.get("/api/v1/agent/tickets?channel=FAX").bearer(token).send().problemFields())
			.containsExactly("channel");
	}

	private static String row(long number) {
		return "data-number=\"" + number + "\"";
	}

	/** A waiting ticket due long ago: the first of the queue, whatever else waits. */
	private long ticket(String channel) {
		long number = 8_000_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000);
		Instant now = Instant.now();
		this.jdbc.update("""
				insert into tickets (id, number, conversation_id, requester_id, requester_role, requester_name, line,
				status, queue_bucket, priority, priority_rank, category, subject, created_at, updated_at, sla_due_at,
				channel, version)
				values (?, ?, ?, 'c-channel', 'CUSTOMER', 'Kanal', 'CUSTOMERS_PARTNERS', 'NEW', 1, 'URGENT', 3,
				'GENERAL_QUESTION', 'Kanal', ?, ?, ?, ?, 0)""", UUID.randomUUID(), number, UUID.randomUUID(),
				Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.minus(Duration.ofDays(365))), channel);
		return number;
	}

}
