package io.yordam.drafts;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft door: an operator's draft is theirs alone (another operator gets nothing, a
 * customer's token and no session a 401), changes need the session's CSRF token, bad text
 * is refused by field, and sending the reply clears it.
 */
@YordamTest
class DraftHttpTests {

	private static final Pattern META_CSRF = Pattern
		.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">\\s*<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	PlatformProperties platform;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	String customerToken;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	/** A signed-in operator with the CSRF header the workspace's scripts send. */
	record Agent(OperatorSession session, String csrfHeader, String csrf) {
	}

	Agent agent(String name) {
		String username = "draft-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(username, name, "a-long-password", OperatorRole.AGENT, "ru");
		OperatorSession session = OperatorSession.open(this.http);
		session.login(username, "a-long-password");
		Matcher meta = META_CSRF.matcher(session.get("/agent/tokens").text());
		assertThat(meta.find()).as("a workspace page carries the CSRF token and header").isTrue();
		return new Agent(session, meta.group(2), meta.group(1));
	}

	Http.Response put(Agent agent, String ticket, Object body) {
		return this.http.put("/agent/tickets/" + ticket + "/draft", body)
			.header("Cookie", agent.session().cookie())
			.header(agent.csrfHeader(), agent.csrf())
			.header("Accept", "application/json")
			.send();
	}

	Http.Response get(Agent agent, String ticket) {
		return this.http.get("/agent/tickets/" + ticket + "/draft")
			.header("Cookie", agent.session().cookie())
			.header("Accept", "application/json")
			.send();
	}

	String ticket() {
		String customerId = "c-draft-" + UUID.randomUUID().toString().substring(0, 8);
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customerId, "Malika Tursunova", "uz")
			.status("ON_THE_WAY")
			.sendTo(this.http, this.platform.signature());
		this.customerToken = this.tokens
			.issue(new PlatformUser(customerId, PlatformRole.CUSTOMER, "Malika Tursunova", "uz"), Duration.ofHours(1));
		String conversation = this.http
			.post("/api/v1/conversations",
					Map.of("orderId", order.orderId(), "text", "Buyurtmam qayerda?", "clientMessageId", "c1"))
			.bearer(this.customerToken)
			.send()
			.json()
			.path("id")
			.asString();
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.queryForList("select id from tickets where conversation_id = ?", UUID.class,
						UUID.fromString(conversation))
				.stream()
				.findFirst()
				.map(UUID::toString)
				.orElse(null), java.util.Objects::nonNull);
	}

	@Test
	void anOperatorKeepsADraftThatOnlyTheyRead() {
		String ticket = ticket();
		Agent dilnoza = agent("Dilnoza Draftova");
		Agent sergey = agent("Sergey Draftov");

		assertThat(get(dilnoza, ticket).status()).isEqualTo(204);
		Http.Response saved = put(dilnoza, ticket, Map.of("text", "Assalomu alaykum! Buyurtmangiz"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().path("savedAt").asString()).isNotBlank();
		// A later save replaces the text (a second machine, the same operator).
		put(dilnoza, ticket, Map.of("text", "Assalomu alaykum! Buyurtmangiz yo'lda."));
		Http.Response mine = get(dilnoza, ticket);
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().path("text").asString()).isEqualTo("Assalomu alaykum! Buyurtmangiz yo'lda.");

		// Another operator on the same ticket has nothing of hers, and their own draft is
		// apart.
		Http.Response theirs = get(sergey, ticket);
		assertThat(theirs.status()).isEqualTo(204);
		assertThat(theirs.text()).doesNotContain("yo'lda");
		assertThat(put(sergey, ticket, Map.of("text", "Здравствуйте")).status()).isEqualTo(200);
		assertThat(get(dilnoza, ticket).json().path("text").asString()).endsWith("yo'lda.");
		assertThat(get(sergey, ticket).json().path("text").asString()).isEqualTo("Здравствуйте");

		// Emptied: the draft is gone.
		assertThat(put(dilnoza, ticket, Map.of("text", "   ")).status()).isEqualTo(204);
		assertThat(get(dilnoza, ticket).status()).isEqualTo(204);
		assertThat(get(sergey, ticket).status()).isEqualTo(200);
		assertThat(this.http.delete("/agent/tickets/" + ticket + "/draft")
			.header("Cookie", sergey.session().cookie())
			.header(sergey.csrfHeader(), sergey.csrf())
			.send()
			.status()).isEqualTo(204);
		assertThat(get(sergey, ticket).status()).isEqualTo(204);
	}

	@Test
	void nobodyElseGetsThrough() {
		String ticket = ticket();
		Agent dilnoza = agent("Dilnoza Draftova");
		put(dilnoza, ticket, Map.of("text", "Secret words for Malika"));

		// No session: a 401 for a script, the sign-in page for a browser.
		Http.Response anonymous = this.http.get("/agent/tickets/" + ticket + "/draft")
			.header("Accept", "application/json")
			.send();
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.text()).doesNotContain("Secret");
		assertThat(this.http.get("/agent/tickets/" + ticket + "/draft").header("Accept", "text/html").send().status())
			.isEqualTo(302);

		// The ticket's own customer, with a valid platform token: refused on every verb.
		Http.Response customerRead = this.http.get("/agent/tickets/" + ticket + "/draft")
			.bearer(this.customerToken)
			.send();
		assertThat(customerRead.status()).isEqualTo(401);
		assertThat(customerRead.text()).doesNotContain("Secret");
		assertThat(this.http.put("/agent/tickets/" + ticket + "/draft", Map.of("text", "overwritten"))
			.bearer(this.customerToken)
			.send()
			.status()).isIn(401, 403);
		assertThat(this.http.delete("/agent/tickets/" + ticket + "/draft").bearer(this.customerToken).send().status())
			.isIn(401, 403);

		// The operator's own session without the CSRF token cannot change it.
		assertThat(this.http.put("/agent/tickets/" + ticket + "/draft", Map.of("text", "overwritten"))
			.header("Cookie", dilnoza.session().cookie())
			.send()
			.status()).isEqualTo(403);
		assertThat(get(dilnoza, ticket).json().path("text").asString()).isEqualTo("Secret words for Malika");
	}

	@Test
	void badInputIsRefusedByField() {
		String ticket = ticket();
		Agent dilnoza = agent("Dilnoza Draftova");

		Http.Response tooLong = put(dilnoza, ticket, Map.of("text", "a".repeat(DraftTextPolicy.MAX_LENGTH + 1)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.header("Content-Type")).contains("application/problem+json");
		assertThat(tooLong.problemFields()).containsExactly("text");
		assertThat(tooLong.json().path("errors").get(0).path("rule").asString()).isEqualTo("max-length");
		assertThat(get(dilnoza, ticket).status()).isEqualTo(204);

		// Exactly the limit, counted in characters (an emoji is one), is kept.
		String longest = "😀".repeat(DraftTextPolicy.MAX_LENGTH);
		assertThat(put(dilnoza, ticket, Map.of("text", longest)).status()).isEqualTo(200);

		Http.Response missing = put(dilnoza, ticket, Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.problemFields()).containsExactly("text");
		Http.Response nul = put(dilnoza, ticket, Map.of("text", "a\u0000b"));
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.problemFields()).containsExactly("text");

		Http.Response noTicket = put(dilnoza, UUID.randomUUID().toString(), Map.of("text", "hello"));
		assertThat(noTicket.status()).isEqualTo(404);
		assertThat(put(dilnoza, "not-a-ticket", Map.of("text", "hello")).status()).isEqualTo(404);
		assertThat(get(dilnoza, UUID.randomUUID().toString()).status()).isEqualTo(404);
	}

	@Test
	void sendingTheReplyClearsTheDraft() {
		String ticket = ticket();
		Agent dilnoza = agent("Dilnoza Draftova");
		Agent sergey = agent("Sergey Draftov");
		put(dilnoza, ticket, Map.of("text", "Buyurtmangiz 10 daqiqada yetib keladi."));
		put(sergey, ticket, Map.of("text", "Sergey's own words"));

		Http.Response sent = dilnoza.session()
			.post("/agent/tickets/" + ticket + "/reply",
					"text=Buyurtmangiz+10+daqiqada+yetib+keladi.&clientMessageId=" + UUID.randomUUID());
		assertThat(sent.status()).as(sent.toString()).isEqualTo(204);
		assertThat(get(dilnoza, ticket).status()).isEqualTo(204);
		// Only the sender's draft: a colleague's stays.
		assertThat(get(sergey, ticket).status()).isEqualTo(200);
	}

}
