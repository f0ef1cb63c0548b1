package io.yordam.feedback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * CSAT through its doors, with the bot on: a solved chat asks once per resolution
 * (parallel redeliveries included), never after a hand-off nobody answered; a rating
 * neither reopens the ticket nor wakes the bot; a low one reopens it to a supervisor; the
 * customer's API refuses bad input by field and other people's surveys; only admins
 * change the settings.
 */
@YordamTest
@TestPropertySource(properties = "yordam.bot.enabled=true")
@Import(SatisfactionHttpTests.Heard.class)
class SatisfactionHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TicketDesk desk;

	@Autowired
	CsatSurveys surveys;

	Http http;

	String agent;

	String admin;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.agent = token(OperatorRole.AGENT);
		this.admin = token(OperatorRole.ADMIN);
	}

	@Test
	void aRatingIsRecordedOnceAndNeitherReopensTheTicketNorWakesTheBot() {
		Chat chat = solvedChat("ru");
		JsonNode survey = surveyMessage(chat, 1);
		assertThat(survey.path("text").asString()).isEqualTo("Как мы справились? Оцените помощь от 1 до 5.");
		assertThat(survey.path("actions")).hasSize(5);
		assertThat(survey.path("actions").get(0).path("aside").asBoolean()).isTrue();
		Http.Response tapped = tap(chat, survey.path("actions").get(3).path("id").asString(), "Спасибо, быстро");
		assertThat(tapped.status()).as(tapped.toString()).isEqualTo(200);
		long ratingSeq = tapped.json().path("seq").asLong();

		await().atMost(Duration.ofSeconds(10)).until(() -> score(chat.ticket()) != null);
		assertThat(score(chat.ticket())).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select comment from csat_surveys where ticket_id = ?", String.class,
				UUID.fromString(chat.ticket())))
			.isEqualTo("Спасибо, быстро");
		await().atMost(Duration.ofSeconds(10)).until(() -> Heard.RATED.size() > 0);
		TicketRated rated = Heard.RATED.stream()
			.filter(r -> r.ticketId().value().toString().equals(chat.ticket()))
			.findFirst()
			.orElseThrow();
		assertThat(rated.score()).isEqualTo(4);
		assertThat(rated.customer().role()).isEqualTo(PlatformRole.CUSTOMER);
		assertThat(rated.operatorName()).startsWith("Op agent-");
		assertThat(rated.solvedByBot()).isFalse();
		assertThat(rated.language()).isEqualTo("ru");

		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> {
			JsonNode ticket = ticketJson(chat.ticket());
			return "SOLVED".equals(ticket.path("status").asString()) && ticket.path("reopenCount").asInt() == 0;
		});
		assertThat(botLastSeq(chat.conversation())).as("the bot never read the rating").isLessThan(ratingSeq);
		assertThat(audit(chat.ticket(), "rated")).containsExactly("4/5: Спасибо, быстро");

		tap(chat, survey.path("actions").get(0).path("id").asString(), null);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> score(chat.ticket()) == 4);
		assertThat(audit(chat.ticket(), "rated")).as("the first rating stands").hasSize(1);
	}

	@Test
	void aLowRatingReopensTheTicketToASupervisorWithTheCommentOnItsAuditTrail() {
		Chat chat = solvedChat("uz");
		JsonNode survey = surveyMessage(chat, 1);
		assertThat(survey.path("text").asString()).isEqualTo("Qanday yordam berdik? 1 dan 5 gacha baholang.");
		tap(chat, survey.path("actions").get(1).path("id").asString(), "Sho'rva sovuq edi");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "SUPERVISOR".equals(ticketJson(chat.ticket()).path("escalationLevel").asString()));
		JsonNode ticket = ticketJson(chat.ticket());
		assertThat(ticket.path("status").asString()).isEqualTo("OPEN");
		assertThat(ticket.path("priority").asString()).isEqualTo("HIGH");
		assertThat(ticket.path("reopenCount").asInt()).as("not the customer's reopen").isZero();
		assertThat(audit(chat.ticket(), "rated")).containsExactly("2/5: Sho'rva sovuq edi");
		assertThat(audit(chat.ticket(), "escalated")).singleElement()
			.asString()
			.contains("rated 2/5: Sho'rva sovuq edi");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from escalations where ticket_id = ? and trigger_kind = 'LOW_RATING'", Integer.class,
				UUID.fromString(chat.ticket())))
			.isEqualTo(1);
		JsonNode ratings = this.http.get("/api/v1/agent/tickets/" + chat.ticket() + "/ratings")
			.bearer(this.agent)
			.send()
			.json();
		assertThat(ratings.get(0).path("score").asInt()).isEqualTo(2);
		assertThat(ratings.get(0).path("followUp").asBoolean()).isTrue();
		// Solved again after the follow-up: the resolution rated is the same, no second
		// survey.
		solve(chat.ticket());
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> surveysOf(chat.ticket()) == 1 && surveyMessages(chat).size() == 1);
	}

	@Test
	void eachResolutionIsAskedOnceHoweverOftenItsEventIsDeliveredInParallel() throws Exception {
		Chat chat = solvedChat("en");
		surveyMessage(chat, 1);
		TicketSummary solved = this.desk.get(new TicketId(UUID.fromString(chat.ticket())));
		TicketChanged event = SolvedTicket.event(solved);
		List<Callable<Boolean>> redeliveries = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			redeliveries.add(() -> {
				this.surveys.solved(event);
				return true;
			});
		}
		Parallel.all(redeliveries);
		assertThat(surveysOf(chat.ticket())).isEqualTo(1);
		assertThat(surveyMessages(chat)).hasSize(1);

		// The customer writes again: reopened, solved again, a second resolution to rate.
		Http.Response again = this.http
			.post("/api/v1/conversations/" + chat.conversation() + "/messages",
					Map.of("clientMessageId", UUID.randomUUID().toString(), "text", "One more thing"))
			.bearer(chat.customer())
			.send();
		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> ticketJson(chat.ticket()).path("reopenCount").asInt() == 1);
		solve(chat.ticket());
		await().atMost(Duration.ofSeconds(10)).until(() -> surveysOf(chat.ticket()) == 2);
		assertThat(surveyMessage(chat, 2)).isNotNull();
	}

	@Test
	void aHandOffNobodyAnsweredIsNeverRated() {
		String customer = customer("c-" + UUID.randomUUID(), "ru");
		String conversation = start(customer, "Где мой заказ?");
		String ticket = ticketOf(conversation);
		this.desk.handOff(new TicketId(UUID.fromString(ticket)),
				new TicketDesk.HandOff("customer-asked", Map.of("en", "Asked for a person"),
						TicketCategory.GENERAL_QUESTION, TicketPriority.NORMAL, List.of(), null));
		solve(ticket);
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> surveysOf(ticket) == 0 && surveyMessages(new Chat(customer, conversation, ticket)).isEmpty());
	}

	@Test
	void theCustomersApiRefusesBadInputByFieldAndSomebodyElsesSurveyIsNotFound() {
		String id = "c-" + UUID.randomUUID();
		Chat chat = solvedChat(id, "en");
		String survey = surveyMessage(chat, 1).path("actions").get(0).path("id").asString().split(":")[1];
		String path = "/api/v1/me/surveys/" + survey + "/rating";
		Http.Response tooHigh = this.http.post(path, Map.of("score", 7)).bearer(chat.customer()).send();
		assertThat(tooHigh.status()).as(tooHigh.toString()).isEqualTo(400);
		assertThat(tooHigh.problemFields()).containsExactly("score");
		Http.Response longComment = this.http.post(path, Map.of("score", 3, "comment", "x".repeat(1001)))
			.bearer(chat.customer())
			.send();
		assertThat(longComment.problemFields()).containsExactly("comment");
		// The same id as a courier, and another customer: as if there were no survey.
		String courier = this.tokens.issue(new PlatformUser(id, PlatformRole.COURIER, "Bekzod", "uz"),
				Duration.ofHours(1));
		for (String stranger : List.of(courier, customer("c-" + UUID.randomUUID(), "en"))) {
			Http.Response refused = this.http.post(path, Map.of("score", 5)).bearer(stranger).send();
			assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
		}
		assertThat(this.http.post(path, Map.of("score", 5)).bearer(this.agent).send().status()).isIn(401, 403);
		assertThat(score(chat.ticket())).isNull();
		Http.Response rated = this.http.post(path, Map.of("score", 5, "comment", "Great"))
			.bearer(chat.customer())
			.send();
		assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
		assertThat(score(chat.ticket())).isEqualTo(5);
		assertThat(this.http.post(path, Map.of("score", 1)).bearer(chat.customer()).send().status()).isEqualTo(409);
	}

	@Test
	void onlyAnAdminChangesTheSettingsAndBadOnesAreRefusedByField() {
		JsonNode current = this.http.get("/api/v1/agent/feedback-settings").bearer(this.agent).send().json();
		int version = current.path("version").asInt();
		Map<String, Object> same = Map.of("basedOn", version, "settings", current.path("settings"), "comment",
				"saved again");
		assertThat(this.http.put("/api/v1/agent/feedback-settings", same).bearer(this.agent).send().status())
			.isEqualTo(403);
		Http.Response bad = this.http
			.put("/api/v1/agent/feedback-settings",
					Map.of("basedOn", version, "settings",
							Map.of("lowRatingThreshold", 9, "npsSamplePercent", 10, "npsIntervalDays", 0)))
			.bearer(this.admin)
			.send();
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.problemFields()).containsExactlyInAnyOrder("lowRatingThreshold", "npsIntervalDays");
		Http.Response saved = this.http.put("/api/v1/agent/feedback-settings", same).bearer(this.admin).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().path("version").asInt()).isEqualTo(version + 1);
		JsonNode history = this.http.get("/api/v1/agent/feedback-settings/history").bearer(this.agent).send().json();
		assertThat(history.get(0).path("comment").asString()).isEqualTo("saved again");
		assertThat(this.http.put("/api/v1/agent/feedback-settings", same).bearer(this.admin).send().status())
			.as("based on a version that is no longer the latest")
			.isEqualTo(409);
	}

	// --- helpers

	record Chat(String customer, String conversation, String ticket) {
	}

	Chat solvedChat(String language) {
		return solvedChat("c-" + UUID.randomUUID(), language);
	}

	/** A customer's chat (the bot first), answered by an agent and solved. */
	Chat solvedChat(String customerId, String language) {
		String customer = customer(customerId, language);
		// The bot detects the language the customer writes in: the ticket's, and the
		// survey's.
		String conversation = start(customer, switch (language) {
			case "ru" -> "Курьер опаздывает уже на полчаса";
			case "uz" -> "Kuryer yarim soatdan beri kechikyapti";
			default -> "The courier is late by half an hour";
		});
		String ticket = ticketOf(conversation);
		Http.Response reply = this.http
			.post("/api/v1/agent/tickets/" + ticket + "/replies",
					Map.of("text", "Sorry, on its way", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(this.agent)
			.send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		solve(ticket);
		return new Chat(customer, conversation, ticket);
	}

	String start(String customer, String text) {
		Http.Response started = this.http
			.post("/api/v1/conversations", Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customer)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.json().path("id").asString();
	}

	String ticketOf(String conversation) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")
				.bearer(this.agent)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	void solve(String ticket) {
		Http.Response solved = this.http.post("/api/v1/agent/tickets/" + ticket + "/status", Map.of("status", "SOLVED"))
			.bearer(this.agent)
			.send();
		assertThat(solved.status()).as(solved.toString()).isEqualTo(200);
	}

	List<JsonNode> surveyMessages(Chat chat) {
		List<JsonNode> found = new ArrayList<>();
		for (JsonNode m : this.http.get("/api/v1/conversations/" + chat.conversation() + "/messages")
			.bearer(chat.customer())
			.send()
			.json()) {
			if ("SYSTEM".equals(m.path("authorKind").asString()) && m.path("actions").size() == 5
					&& m.path("actions").get(0).path("id").asString().startsWith("csat:")) {
				found.add(m);
			}
		}
		return found;
	}

	JsonNode surveyMessage(Chat chat, int nth) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> surveyMessages(chat), list -> list.size() >= nth)
			.get(nth - 1);
	}

	Http.Response tap(Chat chat, String actionId, String comment) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("clientMessageId", UUID.randomUUID().toString(), "actionId", actionId));
		if (comment != null) {
			body.put("text", comment);
		}
		return this.http.post("/api/v1/conversations/" + chat.conversation() + "/messages", body)
			.bearer(chat.customer())
			.send();
	}

	/** The latest resolution's score, null until rated (or without a survey). */
	Integer score(String ticket) {
		List<Integer> scores = this.jdbc.query(
				"select score from csat_surveys where ticket_id = ? order by resolution desc",
				(rs, i) -> rs.getObject("score", Integer.class), UUID.fromString(ticket));
		return scores.isEmpty() ? null : scores.get(0);
	}

	int surveysOf(String ticket) {
		return this.jdbc.queryForObject("select count(*) from csat_surveys where ticket_id = ?", Integer.class,
				UUID.fromString(ticket));
	}

	long botLastSeq(String conversation) {
		return this.jdbc
			.queryForList("select last_seq from bot_sessions where conversation_id = ?", Long.class,
					UUID.fromString(conversation))
			.stream()
			.findFirst()
			.orElse(0L);
	}

	JsonNode ticketJson(String ticket) {
		return this.http.get("/api/v1/agent/tickets/" + ticket).bearer(this.agent).send().json();
	}

	List<String> audit(String ticket, String action) {
		List<String> details = new ArrayList<>();
		for (JsonNode entry : this.http.get("/api/v1/agent/tickets/" + ticket + "/audit")
			.bearer(this.agent)
			.send()
			.json()) {
			if (action.equals(entry.path("action").asString())) {
				details.add(entry.path("detail").asString());
			}
		}
		return details;
	}

	String customer(String id, String language) {
		return this.tokens.issue(new PlatformUser(id, PlatformRole.CUSTOMER, "Dilnoza", language), Duration.ofHours(1));
	}

	String token(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.issueApiToken(this.operators.register(name, "Op " + name, "a-long-password", role, "ru"),
				"tests");
	}

	/** What analytics would hear. */
	static class Heard {

		static final List<TicketRated> RATED = new CopyOnWriteArrayList<>();

		@EventListener
		void on(TicketRated event) {
			RATED.add(event);
		}

	}

}
