package io.yordam.analytics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.common.ConflictRetry;
import io.yordam.support.Http;
import io.yordam.support.MutableClock;
import io.yordam.support.OperatorSession;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The KPIs' definitions on tickets made through the API, with the clock at 23:40 in
 * Tashkent: a contact before midnight answered after it, a solution reopened, a ticket
 * merged into another; and every figure counted once however often its event comes.
 */
@YordamTest
@Import(LateEveningClock.class)
class AnalyticsKpiTests {

	static final Instant LATE_EVENING = LateEveningClock.LATE_EVENING;

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	TicketFacts facts;

	@Autowired
	Rollups rollups;

	@Autowired
	TicketDesk desk;

	@Autowired
	ConflictRetry retry;

	@Autowired
	Retention retention;

	@Autowired
	TicketRows ticketRows;

	@Autowired
	NextOrders nextOrders;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aContactBeforeMidnightAnsweredAfterItCountsOnBothDaysAndAReopeningUndoesTheFirstSolution() {
		OperatorId aziza = agent("aziza");
		String token = this.operators.issueApiToken(aziza, "tests");
		String courier = courier("k-" + UUID.randomUUID());
		// Opened at the 23:xx hour of 10 March, Tashkent time.
		String ticket = open(courier, token);
		Instant opened = this.desk.get(new TicketId(UUID.fromString(ticket))).createdAt();
		assertThat(new ReportZone(java.time.ZoneId.of("Asia/Tashkent")).hourOf(opened))
			.isEqualTo(LocalDateTime.parse("2031-03-10T23:00"));
		await().until(() -> row(ticket) != null);

		// Thirty minutes later, ten past midnight on 11 March: the first answer.
		this.clock.advance(Duration.ofMinutes(30));
		reply(token, ticket, "Kuryer yo'lda");
		String me = aziza.value().toString();
		await().until(() -> n(Metric.FIRST_RESPONSE, Dimension.AGENT, me, "2031-03-11T00:00") == 1);
		assertThat(total(Metric.FIRST_RESPONSE, Dimension.AGENT, me, "2031-03-11T00:00"))
			.as("from the opening to the answer")
			.isEqualTo(Duration.between(opened, this.clock.instant()).toSeconds());
		assertThat(n(Metric.FIRST_RESPONSE, Dimension.AGENT, me, "2031-03-10T23:00")).isZero();

		// Solved at 00:20, reopened by the courier at 00:40, solved again at 01:05.
		this.clock.advance(Duration.ofMinutes(10));
		status(token, ticket, "SOLVED");
		await().until(() -> n(Metric.FIRST_RESOLVED, Dimension.AGENT, me, "2031-03-11T00:00") == 1);
		assertThat(n(Metric.FCR_MISSED, Dimension.AGENT, me, "2031-03-11T00:00")).isZero();
		this.clock.advance(Duration.ofMinutes(20));
		write(courier, conversationOf(ticket), "Hali ham kelmadi");
		await().until(() -> n(Metric.REOPENED, Dimension.AGENT, me, "2031-03-11T00:00") == 1);
		await().until(() -> n(Metric.FCR_MISSED, Dimension.AGENT, me, "2031-03-11T00:00") == 1);
		this.clock.advance(Duration.ofMinutes(25));
		status(token, ticket, "SOLVED");
		await().until(() -> n(Metric.RESOLVED, Dimension.AGENT, me, "2031-03-11T01:00") == 1);
		assertThat(n(Metric.RESOLVED, Dimension.AGENT, me, "2031-03-11T00:00")).isEqualTo(1);
		assertThat(n(Metric.FIRST_RESOLVED, Dimension.AGENT, me, "2031-03-11T01:00"))
			.as("the second solution is not a first one")
			.isZero();

		// The agent's own figures for today, 11 March: one first solution, which did not
		// hold; two solutions, one reopening.
		Map<Kpi, Double> today = tiles(aziza);
		assertThat(today.get(Kpi.FIRST_CONTACT_RESOLUTION)).isEqualTo(0.0);
		assertThat(today.get(Kpi.REOPEN_RATE)).isEqualTo(50.0);
		assertThat(today.get(Kpi.RESOLVED)).isEqualTo(2.0);
		assertThat(today.get(Kpi.FIRST_RESPONSE_P50)).as("interpolated in the 20 to 30 minutes bucket")
			.isBetween(1200.0, 1800.0);
	}

	@Test
	void aTicketMergedIntoAnotherLeavesTheBacklogUnsolved() {
		OperatorId bobur = agent("bobur");
		String token = this.operators.issueApiToken(bobur, "tests");
		String courier = courier("k-" + UUID.randomUUID());
		String first = open(courier, token);
		String second = open(courier, token);
		long into = this.desk.get(new TicketId(UUID.fromString(first))).number();
		await().until(() -> row(second) != null);
		long mergedBefore = all(Metric.MERGED);
		long resolvedBefore = all(Metric.RESOLVED);
		Http.Response merged = this.http.post("/api/v1/agent/tickets/" + second + "/merge", Map.of("into", into))
			.bearer(token)
			.send();
		assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
		await().until(() -> all(Metric.MERGED) == mergedBefore + 1);
		assertThat(all(Metric.RESOLVED)).as("a merge is no solution").isEqualTo(resolvedBefore);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from analytics_tickets where ticket_id = ? " + "and resolved_at is null", Long.class,
				UUID.fromString(second)))
			.isEqualTo(1);
	}

	@Test
	void anEventAppliedAgainInParallelAddsNothing() throws Exception {
		OperatorId dilnoza = agent("dilnoza");
		String token = this.operators.issueApiToken(dilnoza, "tests");
		String ticket = open(courier("k-" + UUID.randomUUID()), token);
		reply(token, ticket, "Tekshiryapman");
		status(token, ticket, "SOLVED");
		String me = dilnoza.value().toString();
		await().until(() -> all(Metric.RESOLVED, Dimension.AGENT, me) == 1);
		long contacts = all(Metric.CONTACTS);
		long contactDays = daily(Metric.CONTACTS, Dimension.ALL, Dimension.EVERYTHING);
		long facts = this.jdbc.queryForObject("select count(*) from analytics_facts", Long.class);
		TicketSummary solved = this.desk.get(new TicketId(UUID.fromString(ticket)));

		// The same solution delivered eight times at once, and the opening too.
		List<Callable<Boolean>> redeliveries = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			TicketChanged.Change change = (i % 2 == 0) ? TicketChanged.Change.STATUS : TicketChanged.Change.OPENED;
			redeliveries.add(() -> {
				this.retry.run(() -> this.facts.changed(event(solved, change)));
				return true;
			});
		}
		Parallel.all(redeliveries);
		assertThat(all(Metric.RESOLVED, Dimension.AGENT, me)).isEqualTo(1);
		assertThat(all(Metric.FIRST_RESPONSE, Dimension.AGENT, me)).isEqualTo(1);
		assertThat(all(Metric.CONTACTS)).isEqualTo(contacts);
		assertThat(this.jdbc.queryForObject("select count(*) from analytics_facts", Long.class)).isEqualTo(facts);
		// The daily rows too: each figure once in its day.
		assertThat(daily(Metric.RESOLVED, Dimension.AGENT, me)).isEqualTo(1);
		assertThat(daily(Metric.FIRST_RESPONSE, Dimension.AGENT, me)).isEqualTo(1);
		assertThat(daily(Metric.CONTACTS, Dimension.ALL, Dimension.EVERYTHING)).isEqualTo(contactDays);
		assertThat(daily(Metric.CONTACTS, Dimension.ALL, Dimension.EVERYTHING)).isEqualTo(contacts);
	}

	@Test
	void aNewFactRacingItselfIsAddedExactlyOnce() throws Exception {
		String key = "test:" + UUID.randomUUID();
		String value = "race-" + UUID.randomUUID();
		List<Callable<Boolean>> racers = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			racers.add(() -> this.retry.call(() -> {
				boolean first = this.rollups.once(key, LATE_EVENING);
				if (first) {
					this.rollups.add(Metric.ORDERS, LATE_EVENING, Dimensions.only(Dimension.CITY, value), 1);
				}
				return first;
			}));
		}
		List<Boolean> results = Parallel.all(racers);
		assertThat(results.stream().filter(Boolean::booleanValue).count()).isEqualTo(1);
		assertThat(n(Metric.ORDERS, Dimension.CITY, value, "2031-03-10T23:00")).isEqualTo(1);
		assertThat(daily(Metric.ORDERS, Dimension.CITY, value)).isEqualTo(1);
		// Different facts racing on one rollup row all land: the row sums them.
		List<Callable<Boolean>> many = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String own = key + ":" + i;
			many.add(() -> this.retry.call(() -> {
				if (this.rollups.once(own, LATE_EVENING)) {
					this.rollups.add(Metric.ORDERS, LATE_EVENING, Dimensions.only(Dimension.CITY, value), 1);
				}
				return true;
			}));
		}
		Parallel.all(many);
		assertThat(n(Metric.ORDERS, Dimension.CITY, value, "2031-03-10T23:00")).isEqualTo(13);
		assertThat(this.jdbc
			.queryForObject("select n from analytics_daily where metric = 'ORDERS' and dim = 'CITY' and dim_value = ? "
					+ "and local_day = ?", Long.class, value, java.sql.Date.valueOf("2031-03-10")))
			.isEqualTo(13);
	}

	@Test
	void retentionIsTheShareOfContactsAfterWhichTheCustomerOrderedAgainByOutcome() {
		Instant now = this.clock.instant();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Instant longAgo = now.minus(Duration.ofDays(40));
		// Compensated: one ordered after 3 days, one after 20; not compensated: one never
		// again, one the same day; a contact of last week is too young for the 30 days.
		contact("c1-" + tag, longAgo, 15_000);
		order("c1-" + tag, longAgo.plus(Duration.ofDays(3)));
		contact("c2-" + tag, longAgo, 5_000);
		order("c2-" + tag, longAgo.plus(Duration.ofDays(20)));
		contact("c3-" + tag, longAgo, 0);
		order("c3-" + tag, longAgo.minus(Duration.ofDays(1)));
		contact("c4-" + tag, longAgo, 0);
		order("c4-" + tag, longAgo.plus(Duration.ofHours(5)));
		contact("c5-" + tag, now.minus(Duration.ofDays(8)), 0);
		order("c5-" + tag, now.minus(Duration.ofDays(6)));
		Map<String, Retention.Row> rows = new java.util.HashMap<>();
		this.retention.of(Retention.By.OUTCOME, longAgo.minusSeconds(1), now, now)
			.forEach(row -> rows.put(row.group(), row));
		Retention.Row compensated = rows.get("COMPENSATED");
		assertThat(compensated.contacts()).isEqualTo(2);
		assertThat(compensated.kept7()).isEqualTo(50.0);
		assertThat(compensated.kept30()).isEqualTo(100.0);
		assertThat(compensated.costPerKept()).as("20,000 so'm for two customers kept").isEqualTo(10_000);
		Retention.Row not = rows.get("NOT_COMPENSATED");
		assertThat(not.contacts()).isEqualTo(3);
		assertThat(not.old7()).isEqualTo(3);
		assertThat(not.kept7()).as("c4 and c5 ordered within the week, c3 only before").isEqualTo(66.7);
		assertThat(not.old30()).isEqualTo(2);
		assertThat(not.kept30()).isEqualTo(50.0);
	}

	// --- helpers

	private void contact(String customer, Instant at, long compensated) {
		UUID ticket = UUID.randomUUID();
		this.retry.run(() -> {
			this.ticketRows.lock(ticket, -1, customer, null, null, at);
			this.ticketRows.compensated(ticket, at, compensated);
		});
	}

	private void order(String customer, Instant at) {
		this.retry.run(() -> this.nextOrders.ordered("o-" + UUID.randomUUID(), customer, at));
	}

	private static TicketChanged event(TicketSummary t, TicketChanged.Change change) {
		return new TicketChanged(t.id(), t.number(), t.conversationId(), t.requester(), t.line(), TicketStatus.SOLVED,
				t.priority(), t.category(), t.subject(), (t.assigneeId() != null) ? t.assigneeId().toString() : null,
				change, t.createdAt(), t.solvedAt(), t.language(), t.escalationLevel(), t.reopenCount(), t.channel());
	}

	private Map<Kpi, Double> tiles(OperatorId agent) {
		OperatorSession session = OperatorSession.open(this.http);
		String username = this.jdbc.queryForObject("select username from operators where id = ?", String.class,
				agent.value());
		session.login(username, "a-long-password");
		Http.Response csv = session.get("/agent/analytics.csv?table=tiles&days=1");
		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		Map<Kpi, Double> values = new java.util.EnumMap<>(Kpi.class);
		for (String line : csv.text().split("\r\n")) {
			String[] cells = line.split(",", -1);
			if (!cells[0].equals("kpi") && !cells[1].isEmpty()) {
				values.put(Kpi.valueOf(cells[0]), Double.valueOf(cells[1]));
			}
		}
		return values;
	}

	private long n(Metric metric, Dimension dim, String value, String localHour) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(n), 0) from analytics_rollups where metric = ? "
						+ "and dim = ? and dim_value = ? and local_hour = ?",
				Long.class, metric.name(), dim.name(), value, Timestamp.valueOf(LocalDateTime.parse(localHour)));
	}

	private long total(Metric metric, Dimension dim, String value, String localHour) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(total), 0) from analytics_rollups where metric = ? "
						+ "and dim = ? and dim_value = ? and local_hour = ?",
				Long.class, metric.name(), dim.name(), value, Timestamp.valueOf(LocalDateTime.parse(localHour)));
	}

	/** A metric's count over every day of a dimension's value. */
	private long daily(Metric metric, Dimension dim, String value) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(n), 0) from analytics_daily where metric = ? " + "and dim = ? and dim_value = ?",
				Long.class, metric.name(), dim.name(), value);
	}

	private long all(Metric metric) {
		return all(metric, Dimension.ALL, Dimension.EVERYTHING);
	}

	private long all(Metric metric, Dimension dim, String value) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(n), 0) from analytics_rollups where metric = ? " + "and dim = ? and dim_value = ?",
				Long.class, metric.name(), dim.name(), value);
	}

	private Map<String, Object> row(String ticket) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from analytics_tickets where ticket_id = ?",
				UUID.fromString(ticket));
		return rows.isEmpty() ? null : rows.get(0);
	}

	private OperatorId agent(String name) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		return this.operators.register(name + "-" + suffix, name + " " + suffix, "a-long-password", OperatorRole.AGENT,
				"uz");
	}

	private String courier(String id) {
		return this.tokens.issue(new PlatformUser(id, PlatformRole.COURIER, "Bekzod", "uz"), Duration.ofHours(6));
	}

	/** A courier's conversation: its ticket goes straight to the queue, no bot first. */
	private String open(String courier, String operator) {
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Mijoz javob bermayapti", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(courier)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String conversation = started.json().path("id").asString();
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")
				.bearer(operator)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	private String conversationOf(String ticket) {
		return this.desk.get(new TicketId(UUID.fromString(ticket))).conversationId().toString();
	}

	private void reply(String token, String ticket, String text) {
		Http.Response reply = this.http
			.post("/api/v1/agent/tickets/" + ticket + "/replies",
					Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send();
		assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
	}

	private void status(String token, String ticket, String status) {
		Http.Response changed = this.http.post("/api/v1/agent/tickets/" + ticket + "/status", Map.of("status", status))
			.bearer(token)
			.send();
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
	}

	private void write(String courier, String conversation, String text) {
		Http.Response sent = this.http
			.post("/api/v1/conversations/" + conversation + "/messages",
					Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()))
			.bearer(courier)
			.send();
		assertThat(sent.status()).as(sent.toString()).isIn(200, 201);
	}

}
