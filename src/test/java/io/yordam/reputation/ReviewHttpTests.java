package io.yordam.reputation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.Multipart;
import io.yordam.support.OperatorSession;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Public reviews through their doors: JSON and CSV imports (supervisors only), once per
 * source and external id even when identical imports race, a bad row refusing its whole
 * file; the platform's signed order rating; a negative review naming its order number
 * becoming a ticket on the review channel with the review SLA, its answer drafted from a
 * macro in the review's language and recorded.
 */
@YordamTest
class ReviewHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformProperties platform;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aJsonBatchIsTakenOnceAndReadByTheBotsModels() {
		String supervisor = token(OperatorRole.SUPERVISOR);
		String a = "gp-" + UUID.randomUUID();
		String b = "ym-" + UUID.randomUUID();
		Map<String, Object> body = Map.of("reviews",
				List.of(Map.of("source", "GOOGLE_PLAY", "externalId", a, "rating", 1, "text",
						"Курьер опоздал на два часа, еда холодная", "authorName", "Анна", "postedAt", today()),
						Map.of("source", "YANDEX_MAPS", "externalId", b, "rating", 5, "text", "Hammasi zo'r, rahmat!",
								"postedAt", today())));
		Http.Response first = this.http.post("/api/v1/agent/reviews", body).bearer(supervisor).send();
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().path("created").asInt()).isEqualTo(2);
		Http.Response again = this.http.post("/api/v1/agent/reviews", body).bearer(supervisor).send();
		assertThat(again.json().path("duplicates").asInt()).isEqualTo(2);
		assertThat(again.json().path("reviews").get(0).path("id").asString())
			.isEqualTo(first.json().path("reviews").get(0).path("id").asString());
		Map<String, Object> bad = this.jdbc
			.queryForMap("select language, reason, negative from reviews where external_id = ?", a);
		assertThat(bad.get("language")).isEqualTo("ru");
		assertThat(bad.get("reason")).isEqualTo("delivery_late");
		assertThat(bad.get("negative")).isEqualTo(true);
		// One review on its own, the same fields at the top level.
		Http.Response single = this.http
			.post("/api/v1/agent/reviews",
					Map.of("source", "other", "externalId", "o-" + UUID.randomUUID(), "rating", 4, "postedAt", today()))
			.bearer(supervisor)
			.send();
		assertThat(single.json().path("created").asInt()).isEqualTo(1);
	}

	@Test
	void aBadReviewRefusesItsBatchNamingRowAndFieldAndNothingIsWritten() {
		String supervisor = token(OperatorRole.SUPERVISOR);
		String good = "as-" + UUID.randomUUID();
		String csv = "source,external_id,rating,posted_at,text\n" + "APP_STORE," + good + ",2," + today() + ",ok\n"
				+ "APP_STORE,as-x,7," + today() + ",\"too many, stars\"\n";
		Http.Response refused = upload(supervisor, csv);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.problemFields()).containsExactly("rows[2].rating");
		Http.Response json = this.http
			.post("/api/v1/agent/reviews",
					Map.of("reviews",
							List.of(Map.of("source", "APP_STORE", "externalId", good, "rating", 2, "postedAt", today()),
									Map.of("source", "SHOP", "externalId", "x", "rating", 2))))
			.bearer(supervisor)
			.send();
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.problemFields()).containsExactly("reviews[1].source", "reviews[1].postedAt");
		assertThat(count(good)).isZero();
	}

	@Test
	void identicalImportsRacingWriteEachReviewOnceAndOpenOneTicket() throws Exception {
		String supervisor = token(OperatorRole.SUPERVISOR);
		String prefix = "race-" + UUID.randomUUID().toString().substring(0, 8);
		String csv = "source,external_id,rating,posted_at,text\n" + "GOOGLE_MAPS," + prefix + "-1,1," + today()
				+ ",Ужасно\n" + "GOOGLE_MAPS," + prefix + "-2,4," + today() + ",\n" + "GOOGLE_MAPS," + prefix + "-3,5,"
				+ today() + ",Great\n";
		List<Callable<Http.Response>> imports = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			imports.add(() -> upload(supervisor, csv));
		}
		List<Http.Response> answers = Parallel.all(imports);
		assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
		assertThat(answers.stream().mapToInt(r -> r.json().path("created").asInt()).sum()).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select count(*) from reviews where external_id like ?", Long.class,
				prefix + "%"))
			.isEqualTo(3);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from tickets t join reviews r on r.conversation_id = t.conversation_id "
							+ "where r.external_id like ? and t.channel = 'REVIEW'",
					Long.class, prefix + "%"))
				.isEqualTo(1));
	}

	@Test
	void aNegativeReviewNamingItsOrderBecomesAReviewTicketWithItsSlaAndItsAnswerIsDraftedAndRecorded() {
		String customer = "c-rev-" + UUID.randomUUID().toString().substring(0, 8);
		PlatformEventBuilder order = deliveredOrder(customer, "Anna", "ru");
		String external = "gp-" + UUID.randomUUID();
		String csv = "source,external_id,rating,posted_at,text,author\nGOOGLE_PLAY," + external + ",1," + today()
				+ ",\"Заказ " + order.number() + " привезли на час позже, всё остыло\",Анна\n";
		assertThat(upload(token(OperatorRole.SUPERVISOR), csv).status()).isEqualTo(200);

		Map<String, Object> review = this.jdbc
			.queryForMap("select id, customer_id, order_id, matched_by from reviews where external_id = ?", external);
		assertThat(review.get("order_id")).isEqualTo(order.orderId());
		assertThat(review.get("customer_id")).isEqualTo(customer);
		assertThat(review.get("matched_by")).isEqualTo("ORDER_NUMBER");
		Map<String, Object> ticket = await().atMost(Duration.ofSeconds(20)).until(() -> this.jdbc.queryForList("""
				select t.id, t.channel, t.order_id, t.requester_id, t.status, t.created_at, t.sla_due_at from tickets t
				join reviews r on r.conversation_id = t.conversation_id where r.external_id = ?
				and t.sla_due_at is not null""", external), rows -> rows.size() == 1).get(0);
		assertThat(ticket.get("channel")).isEqualTo("REVIEW");
		assertThat(ticket.get("order_id")).isEqualTo(order.orderId());
		assertThat(ticket.get("requester_id")).isEqualTo(customer);
		assertThat(ticket.get("status")).isIn("NEW", "OPEN");
		// The review channel's policy: a first response within four hours.
		assertThat(Duration.between(instant(ticket.get("created_at")), instant(ticket.get("sla_due_at"))))
			.isBetween(Duration.ofHours(4).minusMinutes(1), Duration.ofHours(4).plusMinutes(1));

		String agent = token(OperatorRole.AGENT);
		String reviewId = review.get("id").toString();
		JsonNode draft = this.http.get("/api/v1/agent/reviews/" + reviewId + "/draft").bearer(agent).send().json();
		assertThat(draft.path("language").asString()).isEqualTo("ru");
		assertThat(draft.path("text").asString()).contains(order.number()).contains("простите");
		Http.Response recorded = this.http
			.post("/api/v1/agent/reviews/" + reviewId + "/answer", Map.of("text", draft.path("text").asString()))
			.bearer(agent)
			.send();
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
		assertThat(recorded.json().path("answer").path("text").asString()).contains(order.number());
		assertThat(recorded.json().path("answer").path("by").asString()).startsWith("Op agent-");
		assertThat(this.jdbc.queryForObject("select first_response_at from tickets where id = ?", Object.class,
				ticket.get("id")))
			.isNotNull();
		Http.Response empty = this.http.post("/api/v1/agent/reviews/" + reviewId + "/answer", Map.of("text", " "))
			.bearer(agent)
			.send();
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.problemFields()).containsExactly("text");
	}

	@Test
	void anAnswerSubmittedTwiceAtOnceIsRecordedAndSentOnce() throws Exception {
		String customer = "c-dbl-" + UUID.randomUUID().toString().substring(0, 8);
		PlatformEventBuilder order = deliveredOrder(customer, "Anna", "ru");
		String external = "gp-" + UUID.randomUUID();
		String csv = "source,external_id,rating,posted_at,text\nGOOGLE_PLAY," + external + ",1," + today() + ",\"Заказ "
				+ order.number() + " опоздал\"\n";
		assertThat(upload(token(OperatorRole.SUPERVISOR), csv).status()).isEqualTo(200);
		String reviewId = this.jdbc.queryForObject("select id from reviews where external_id = ?", UUID.class, external)
			.toString();
		Map<String, Object> ticket = await().atMost(Duration.ofSeconds(20)).until(() -> this.jdbc.queryForList("""
				select t.id, t.conversation_id from tickets t join reviews r on r.conversation_id = t.conversation_id
				where r.external_id = ?""", external), rows -> rows.size() == 1).get(0);
		String answer = "Простите за опоздание заказа " + order.number() + ", мы разберёмся.";

		// One agent's double click on the panel and retries of the API, all at once: one
		// answer.
		OperatorId agentId = register(OperatorRole.AGENT);
		String agent = this.operators.issueApiToken(agentId, "tests");
		OperatorSession panel = session(agentId);
		// The panel's page is read once, as a browser's is: its clicks post its CSRF
		// token.
		String csrf = panel.csrf();
		String form = "text=" + java.net.URLEncoder.encode(answer, StandardCharsets.UTF_8);
		List<Callable<Http.Response>> submits = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			submits.add((i % 2 == 0)
					? () -> this.http.post("/api/v1/agent/reviews/" + reviewId + "/answer", Map.of("text", answer))
						.bearer(agent)
						.send()
					: () -> panel.post("/agent/tickets/" + ticket.get("id") + "/review/answer", form, csrf));
		}
		List<Http.Response> answered = Parallel.all(submits);
		assertThat(answered)
			.as(answered.stream()
				.filter(r -> r.status() != 200)
				.map(r -> r.status() + " " + r.headers() + " " + r.text())
				.toList()
				.toString())
			.allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
		assertThat(sentAnswers(ticket.get("conversation_id"), answer)).as("the ticket's reply, sent once").isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select answer_text from reviews where id = ?", String.class,
				UUID.fromString(reviewId)))
			.isEqualTo(answer);

		// An edit is another answer: recorded and sent.
		String edited = answer + " Бонус уже на счёте.";
		assertThat(this.http.post("/api/v1/agent/reviews/" + reviewId + "/answer", Map.of("text", edited))
			.bearer(agent)
			.send()
			.status()).isEqualTo(200);
		assertThat(sentAnswers(ticket.get("conversation_id"), edited)).isEqualTo(1);
		assertThat(sentAnswers(ticket.get("conversation_id"), answer)).isEqualTo(1);
	}

	private long sentAnswers(Object conversationId, String text) {
		return this.jdbc.queryForObject(
				"select count(*) from messages where conversation_id = ? and author_kind = 'AGENT' and body = ?",
				Long.class, conversationId, text);
	}

	@Test
	void theAppsOwnRatingComesSignedAndOnce() {
		String customer = "c-rate-" + UUID.randomUUID().toString().substring(0, 8);
		PlatformEventBuilder order = deliveredOrder(customer, "Dilnoza", "uz");
		String id = "rating-" + UUID.randomUUID();
		byte[] body = Http.toJson(Map.of("id", id, "orderId", order.orderId(), "customerId", customer, "rating", 2,
				"comment", "Kuryer juda kech keldi", "ratedAt", today()));
		assertThat(this.http.postRaw("/api/v1/platform/ratings", body).contentType("application/json").send().status())
			.isEqualTo(401);
		Http.Response taken = rating(body);
		assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
		assertThat(taken.json().path("outcome").asString()).isEqualTo("created");
		assertThat(rating(body).json().path("outcome").asString()).isEqualTo("duplicate");
		Map<String, Object> review = this.jdbc
			.queryForMap("select source, order_id, matched_by, negative from reviews where external_id = ?", id);
		assertThat(review).containsEntry("source", "IN_APP")
			.containsEntry("order_id", order.orderId())
			.containsEntry("matched_by", "PLATFORM")
			.containsEntry("negative", true);
	}

	@Test
	void anAgentIsRefusedWhereASupervisorIsServed() {
		String agent = token(OperatorRole.AGENT);
		String supervisor = token(OperatorRole.SUPERVISOR);
		Http.Response importRefused = this.http
			.post("/api/v1/agent/reviews", Map.of("source", "OTHER", "externalId", "x", "rating", 1))
			.bearer(agent)
			.send();
		assertThat(importRefused.status()).isEqualTo(403);
		assertThat(importRefused.json().path("rule").asString()).isEqualTo("role");
		assertThat(upload(agent, "source,external_id,rating,posted_at\n").status()).isEqualTo(403);
		for (String path : List.of("/api/v1/agent/reviews", "/api/v1/agent/reviews/report",
				"/api/v1/agent/reviews/report.csv")) {
			assertThat(this.http.get(path).bearer(agent).send().status()).as(path).isEqualTo(403);
			assertThat(this.http.get(path).bearer(supervisor).send().status()).as(path).isEqualTo(200);
		}
		assertThat(session(OperatorRole.AGENT).get("/agent/reputation").status()).isEqualTo(403);
		Http.Response page = session(OperatorRole.SUPERVISOR).get("/agent/reputation?lang=en");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("data-testid=\"reviews-upload\"").contains("Why ratings are low");
		Http.Response badWeeks = this.http.get("/api/v1/agent/reviews/report?weeks=53").bearer(supervisor).send();
		assertThat(badWeeks.status()).isEqualTo(400);
		assertThat(badWeeks.problemFields()).containsExactly("weeks");
	}

	@Test
	void theReportShowsTheTrendPerSourceAndTheReasonsBehindLowRatingsAsCsvToo() {
		String supervisor = token(OperatorRole.SUPERVISOR);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String csv = "source,external_id,rating,posted_at,text\n" + "OTHER,rep-" + tag + "-1,1," + today()
				+ ",Курьер опоздал на час\n" + "OTHER,rep-" + tag + "-2,3," + today() + ",\n";
		assertThat(upload(supervisor, csv).status()).isEqualTo(200);
		JsonNode report = this.http.get("/api/v1/agent/reviews/report?weeks=4").bearer(supervisor).send().json();
		assertThat(report.path("weekStarts")).hasSize(4);
		assertThat(report.path("trends").findValuesAsString("source")).contains("OTHER");
		assertThat(report.path("reasons").findValuesAsString("reason")).contains("delivery_late");
		String trend = this.http.get("/api/v1/agent/reviews/report.csv?weeks=4&table=trend")
			.bearer(supervisor)
			.send()
			.text();
		assertThat(trend).startsWith("week,source,reviews,average_rating\r\n").contains(",OTHER,");
		String reasons = this.http.get("/api/v1/agent/reviews/report.csv?table=reasons")
			.bearer(supervisor)
			.send()
			.text();
		assertThat(reasons).startsWith("reason,reviews\r\n").contains("delivery_late,");
		JsonNode list = this.http.get("/api/v1/agent/reviews?source=OTHER&maxRating=1&size=100")
			.bearer(supervisor)
			.send()
			.json();
		assertThat(list.path("reviews").findValuesAsString("externalId")).contains("rep-" + tag + "-1")
			.doesNotContain("rep-" + tag + "-2");
		assertThat(this.http.get("/api/v1/agent/reviews?source=SHOP").bearer(supervisor).send().problemFields())
			.containsExactly("source");
	}

	/** A delivered order of the customer's, paid by card, as the platform reports it. */
	private PlatformEventBuilder deliveredOrder(String customer, String name, String locale) {
		return PlatformEventBuilder.anOrderEvent()
			.customer(customer, name, locale)
			.payment("CARD", "PAID")
			.status("DELIVERED")
			.sendTo(this.http, this.platform.signature());
	}

	private Http.Response upload(String token, String csv) {
		return Multipart.post(this.http, "/api/v1/agent/reviews", token, Map.of(), "file", "reviews.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
	}

	private Http.Response rating(byte[] body) {
		return this.http.postRaw("/api/v1/platform/ratings", body)
			.contentType("application/json")
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send();
	}

	private long count(String externalId) {
		return this.jdbc.queryForObject("select count(*) from reviews where external_id = ?", Long.class, externalId);
	}

	private static String today() {
		return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5)).toString();
	}

	private static Instant instant(Object value) {
		return (value instanceof OffsetDateTime odt) ? odt.toInstant() : ((java.sql.Timestamp) value).toInstant();
	}

	private String token(OperatorRole role) {
		return this.operators.issueApiToken(register(role), "tests");
	}

	private OperatorSession session(OperatorRole role) {
		return session(register(role));
	}

	private OperatorSession session(OperatorId id) {
		OperatorSession session = OperatorSession.open(this.http);
		String username = this.jdbc.queryForObject("select username from operators where id = ?", String.class,
				id.value());
		assertThat(session.login(username, "a-long-password").header("Location")).doesNotContain("login");
		return session;
	}

	private OperatorId register(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
	}

}
