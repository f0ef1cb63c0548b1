package io.yordam.analytics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.ledger.CompensationPosted;
import io.yordam.ledger.LedgerActor;
import io.yordam.ledger.PostingKind;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cuts issue 16 left: retention by the compensation option paid and by the customer's
 * rating, with what each costs per customer kept; dishes as a cut, behind their tickets
 * and among the recurring problems; the help centre's article views and their deflection
 * beside the knowledge gaps.
 */
@YordamTest
class AnalyticsCutsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Retention retention;

	@Autowired
	ArticleViews views;

	@Autowired
	ReportZone zone;

	@Autowired
	NextOrders nextOrders;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	PlatformProperties platform;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void retentionByOptionAndByRatingCostsWhatEachPaidPerCustomerKept() {
		Instant now = this.clock.instant();
		Instant longAgo = now.minus(Duration.ofDays(45)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String bonus = "BONUS_" + tag;
		String redeliver = "REDELIVER_" + tag;
		// Two contacts paid a bonus: both customers ordered again within a week. One paid
		// a re-delivery and a bonus: it counts under each with what each paid; the
		// customer never ordered again. One bonus was reversed: no option paid.
		UUID a = contact("a-" + tag, longAgo, 5);
		compensation(a, bonus, 20_000);
		order("a-" + tag, longAgo.plus(Duration.ofDays(2)));
		UUID b = contact("b-" + tag, longAgo, 4);
		compensation(b, bonus, 10_000);
		order("b-" + tag, longAgo.plus(Duration.ofDays(6)));
		UUID c = contact("c-" + tag, longAgo, 1);
		compensation(c, redeliver, 60_000);
		compensation(c, bonus, 15_000);
		UUID d = contact("d-" + tag, longAgo, null);
		compensation(d, bonus, 30_000);
		compensation(d, bonus, -30_000);
		order("d-" + tag, longAgo.plus(Duration.ofDays(1)));

		// The window holds these contacts alone (other tests' contacts share the desk).
		Map<String, Retention.Row> byOption = rows(Retention.By.OPTION, longAgo, now);
		assertThat(byOption.get(bonus).contacts()).as("a, b and c; d's bonus was reversed").isEqualTo(3);
		assertThat(byOption.get(bonus).kept7()).isEqualTo(66.7);
		assertThat(byOption.get(bonus).compensated()).isEqualTo(45_000);
		assertThat(byOption.get(bonus).costPerKept()).as("45,000 so'm for two customers kept").isEqualTo(22_500);
		assertThat(byOption.get(redeliver).contacts()).isEqualTo(1);
		assertThat(byOption.get(redeliver).kept30()).isEqualTo(0.0);
		assertThat(byOption.get(redeliver).costPerKept()).as("nobody kept").isNull();

		Map<String, Retention.Row> byRating = rows(Retention.By.CSAT, longAgo, now);
		assertThat(byRating.get("SATISFIED").contacts()).isEqualTo(2);
		assertThat(byRating.get("SATISFIED").kept30()).isEqualTo(100.0);
		assertThat(byRating.get("SATISFIED").costPerKept()).isEqualTo(15_000);
		assertThat(byRating.get("DISSATISFIED").kept30()).isEqualTo(0.0);
		assertThat(byRating.get("NOT_RATED").contacts()).isEqualTo(1);
		assertThat(byRating.get("NOT_RATED").compensated()).isZero();
	}

	@Test
	void theLedgersPostingsOnATicketAreKeptUnderTheirOptionOnceAReversalNetsThemOut() {
		UUID ticket = contact("e-" + UUID.randomUUID(), this.clock.instant(), null);
		UUID paid = UUID.randomUUID();
		post(new CompensationPosted(paid, PostingKind.BONUS_CREDIT, "e", 25_000, ticket, null, "KEEP_COMPENSATION",
				LedgerActor.Kind.BOT, "bot", null, this.clock.instant()));
		post(new CompensationPosted(paid, PostingKind.BONUS_CREDIT, "e", 25_000, ticket, null, "KEEP_COMPENSATION",
				LedgerActor.Kind.BOT, "bot", null, this.clock.instant()));
		post(new CompensationPosted(UUID.randomUUID(), PostingKind.REFUND, "e", 9_000, ticket, null, null,
				LedgerActor.Kind.AGENT, "op", null, this.clock.instant()));
		await().atMost(Duration.ofSeconds(15)).until(() -> options(ticket), rows -> rows.size() == 2);
		assertThat(options(ticket)).as("delivered twice, kept once; a posting with no option under its kind")
			.containsExactly("KEEP_COMPENSATION:25000", "REFUND:9000");

		OperatorSession supervisor = session(OperatorRole.SUPERVISOR);
		Http.Response page = supervisor.get("/agent/analytics/retention?lang=ru");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("data-testid=\"retention-option\"")
			.contains("data-testid=\"retention-csat\"")
			.contains("Оставить себе");
		assertThat(supervisor.get("/agent/analytics/retention.csv?table=option").text())
			.startsWith("option,contacts,old_enough_7d,");
	}

	@Test
	void aDishIsCountedInItsOrdersAndItsContactsAndDrillsDownToItsTickets() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String plov = "plov-" + tag;
		String customer = "c-dish-" + tag;
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customer, "Anna", "ru")
			.items(List.of(PlatformEventBuilder.line(plov, "Плов " + tag, 1, 45_000),
					PlatformEventBuilder.line("non-" + tag, "Non", 2, 5_000),
					PlatformEventBuilder.line(plov, "Плов " + tag, 1, 45_000)))
			.sendTo(this.http, this.platform.signature());
		await().atMost(Duration.ofSeconds(15)).until(() -> count(Metric.ORDERS, Dimension.DISH, plov) == 1);
		assertThat(count(Metric.ORDERS, Dimension.DISH, "non-" + tag)).isEqualTo(1);

		String token = this.tokens.issue(new PlatformUser(customer, PlatformRole.CUSTOMER, "Anna", "ru"),
				Duration.ofHours(1));
		Http.Response started = this.http
			.post("/api/v1/conversations", Map.of("orderId", order.orderId(), "text", "Плов холодный",
					"clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(15)).until(() -> count(Metric.CONTACTS, Dimension.DISH, plov) == 1);
		long number = this.jdbc
			.queryForObject("select t.ticket_number from analytics_tickets t join analytics_ticket_dishes d "
					+ "on d.ticket_id = t.ticket_id where d.sku = ?", Long.class, plov);

		OperatorSession supervisor = session(OperatorRole.SUPERVISOR);
		LocalDate today = this.zone.dayOf(this.clock.instant());
		String drill = "/agent/analytics/tickets?metric=CONTACTS&from=" + today.minusDays(1) + "&to="
				+ today.plusDays(1) + "&dim=DISH&value=" + plov;
		assertThat(supervisor.get(drill).text()).contains("data-number=\"" + number + "\"");
		assertThat(supervisor.get(drill.replace("value=" + plov, "value=non-" + tag)).text())
			.contains("data-number=\"" + number + "\"");
		assertThat(supervisor.get("/agent/analytics.csv?table=cut&cut=DISH&days=1").text())
			.contains("DISH," + plov + ",Плов " + tag + " · Rayhon Milliy Taomlar,1,");
		assertThat(supervisor.get("/agent/analytics?lang=en").text()).contains("data-testid=\"cut-DISH\"");
	}

	@Test
	void aDishWhoseContactRateRoseIsARecurringProblemByItsName() {
		String sku = "manti-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("insert into analytics_dishes (sku, name, restaurant) values (?, 'Manti', 'Caravan')", sku);
		LocalDateTime thisWeek = this.zone.hourOf(this.clock.instant()).minusDays(1);
		LocalDateTime baseline = thisWeek.minusDays(14);
		rollup(thisWeek, Metric.ORDERS, sku, 200);
		rollup(thisWeek, Metric.CONTACTS, sku, 30);
		rollup(baseline, Metric.ORDERS, sku, 1_000);
		rollup(baseline, Metric.CONTACTS, sku, 10);

		String csv = session(OperatorRole.SUPERVISOR).get("/agent/analytics.csv?table=recurring").text();
		assertThat(csv)
			.startsWith(
					"dimension,value,contacts,orders,contacts_per_1000_orders,baseline_per_1000_orders," + "z,name\r\n")
			.contains("DISH," + sku + ",30,200,150,10,")
			.contains(",Manti · Caravan\r\n");
	}

	@Test
	void anArticleReadIsAViewAndDeflectedWhenTheCustomerOpensNoTicketWithinTheHour() {
		// Through the door: a signed-in customer's read is theirs, an anonymous one (or
		// one with a token not valid) nobody's; the article is served to all.
		String customer = "c-read-" + UUID.randomUUID().toString().substring(0, 8);
		String token = this.tokens.issue(new PlatformUser(customer, PlatformRole.CUSTOMER, "Anna", "ru"),
				Duration.ofHours(1));
		assertThat(this.http.get("/api/v1/kb/articles/refunds?locale=ru").bearer(token).send().status()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/kb/articles/refunds?locale=ru").bearer("not-a-token").send().status())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.queryForObject("select count(*) from analytics_article_views where customer_id = ?",
					Long.class, customer) == 1);

		// The rule, on one article's views three hours ago and just now.
		UUID article = UUID.randomUUID();
		Instant now = this.clock.instant();
		Instant before = now.minus(Duration.ofHours(3));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		view(article, "v1-" + tag, before);
		contact("v1-" + tag, before.plus(Duration.ofMinutes(20)), null);
		view(article, "v2-" + tag, before);
		contact("v2-" + tag, before.plus(Duration.ofMinutes(90)), null);
		view(article, "v3-" + tag, before);
		contact("v3-" + tag, before.minus(Duration.ofMinutes(30)), null);
		view(article, null, before);
		view(article, "v4-" + tag, now.minus(Duration.ofMinutes(10)));
		ArticleViews.Figures figures = this.views.of(now.minus(Duration.ofDays(1)), now.plusSeconds(1), now)
			.get(article);
		assertThat(figures.views()).isEqualTo(5);
		assertThat(figures.judged()).as("signed-in customers' views whose hour has passed").isEqualTo(3);
		assertThat(figures.deflected()).as("v2 and v3 opened no ticket within the hour after").isEqualTo(66.7);

		OperatorSession supervisor = session(OperatorRole.SUPERVISOR);
		String page = supervisor.get("/agent/analytics/knowledge-gaps?lang=en").text();
		assertThat(page).contains("data-slug=\"refunds\"").contains("Deflected");
		String csv = supervisor.get("/agent/analytics/knowledge-gaps.csv?table=articles").text();
		assertThat(csv)
			.startsWith(
					"slug,title,helpful_yes,helpful_no,helpful_percent,views,judged_views," + "deflected_percent\r\n")
			.contains("\r\nrefunds,");
	}

	// --- helpers

	private Map<String, Retention.Row> rows(Retention.By by, Instant opened, Instant now) {
		Map<String, Retention.Row> rows = new HashMap<>();
		this.retention.of(by, opened, opened.plusMillis(1), now).forEach(row -> rows.put(row.group(), row));
		return rows;
	}

	private UUID contact(String customer, Instant at, Integer rating) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("insert into analytics_tickets (ticket_id, ticket_number, customer_id, opened_at, "
				+ "csat_score) values (?, ?, ?, ?, ?)", id, -1, customer, Sql.at(at), rating);
		this.transactions.executeWithoutResult(status -> this.nextOrders.contact(id, customer, at));
		return id;
	}

	private void compensation(UUID ticket, String option, long amount) {
		this.jdbc.update("update analytics_tickets set compensated_som = compensated_som + ? where ticket_id = ?",
				amount, ticket);
		this.jdbc.update(
				"insert into analytics_compensations (transaction_id, ticket_id, option_code, amount, "
						+ "posted_at) values (?, ?, ?, ?, ?)",
				UUID.randomUUID(), ticket, option, amount, Sql.at(this.clock.instant()));
	}

	private void order(String customer, Instant at) {
		this.transactions
			.executeWithoutResult(status -> this.nextOrders.ordered("o-" + UUID.randomUUID(), customer, at));
	}

	private void view(UUID article, String customer, Instant at) {
		this.jdbc.update("insert into analytics_article_views (view_id, article_id, customer_id, viewed_at) "
				+ "values (?, ?, ?, ?)", UUID.randomUUID(), article, customer, Sql.at(at));
	}

	private void rollup(LocalDateTime hour, Metric metric, String sku, long n) {
		this.jdbc.update("insert into analytics_rollups (dim, dim_value, local_hour, metric, bucket, n, total) "
				+ "values ('DISH', ?, ?, ?, 0, ?, ?)", sku, Timestamp.valueOf(hour), metric.name(), n, n);
		// And its day and week, as Rollups keeps them beside the hour.
		this.jdbc.update(
				"insert into analytics_daily (dim, dim_value, local_day, metric, bucket, n, total) "
						+ "values ('DISH', ?, ?, ?, 0, ?, ?)",
				sku, java.sql.Date.valueOf(hour.toLocalDate()), metric.name(), n, n);
		this.jdbc.update(
				"insert into analytics_weekly (dim, dim_value, week_start, metric, n, total) "
						+ "values ('DISH', ?, ?, ?, ?, ?)",
				sku, java.sql.Date.valueOf(Weeks.mondayOf(hour.toLocalDate())), metric.name(), n, n);
	}

	private List<String> options(UUID ticket) {
		return this.jdbc.query(
				"select option_code, amount from analytics_compensations where ticket_id = ? " + "order by option_code",
				(rs, n) -> rs.getString(1) + ":" + rs.getLong(2), ticket);
	}

	private void post(CompensationPosted posted) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(posted));
	}

	private long count(Metric metric, Dimension dim, String value) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(n), 0) from analytics_rollups where metric = ? " + "and dim = ? and dim_value = ?",
				Long.class, metric.name(), dim.name(), value);
	}

	private OperatorSession session(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId id = this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
		OperatorSession session = OperatorSession.open(this.http);
		assertThat(session.login(name, "a-long-password").header("Location")).doesNotContain("login");
		assertThat(id).isNotNull();
		return session;
	}

}
