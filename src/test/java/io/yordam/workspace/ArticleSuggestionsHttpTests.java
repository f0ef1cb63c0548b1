package io.yordam.workspace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The articles the ticket view suggests fit the ticket: ranked by what the customer asks
 * (the bot's intent, the ticket's category) and then by their words, in the customer's
 * language; "insert" gives the whole article or one paragraph as plain text; only
 * operators may read them this way.
 */
@YordamTest
class ArticleSuggestionsHttpTests {

	private static final Pattern SUGGESTION = Pattern.compile("<article[^>]*data-testid=\"article-suggestion\"[^>]*>");

	private static final Pattern ATTRIBUTE = Pattern.compile("data-(slug|language)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	Http http;

	String apiToken;

	OperatorSession agent;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		String username = "articles-" + UUID.randomUUID().toString().substring(0, 8);
		var id = this.operators.register(username, "Dilnoza", "a-long-password", OperatorRole.AGENT, "ru");
		this.apiToken = this.operators.issueApiToken(id, "tests");
		this.agent = OperatorSession.open(this.http);
		this.agent.login(username, "a-long-password");
	}

	/** A customer writes; the ticket's id. */
	String ticketFrom(String locale, String... texts) {
		String token = this.tokens.issue(
				new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Customer", locale),
				Duration.ofHours(1));
		String conversation = this.http.post("/api/v1/conversations", Map.of("text", texts[0], "clientMessageId", "m0"))
			.bearer(token)
			.send()
			.json()
			.path("id")
			.asString();
		for (int i = 1; i < texts.length; i++) {
			Http.Response more = this.http
				.post("/api/v1/conversations/" + conversation + "/messages",
						Map.of("text", texts[i], "clientMessageId", "m" + i))
				.bearer(token)
				.send();
			assertThat(more.status()).as(more.toString()).isIn(200, 201);
		}
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")
				.bearer(this.apiToken)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	record Shown(String slug, String language) {
	}

	List<Shown> suggested(String ticket, String query) {
		Http.Response panel = this.agent.get("/agent/tickets/" + ticket + "/articles"
				+ ((query != null) ? "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) : ""));
		assertThat(panel.status()).isEqualTo(200);
		List<Shown> shown = new ArrayList<>();
		Matcher tag = SUGGESTION.matcher(panel.text());
		while (tag.find()) {
			String slug = null;
			String language = null;
			Matcher attribute = ATTRIBUTE.matcher(tag.group());
			while (attribute.find()) {
				if (attribute.group(1).equals("slug")) {
					slug = attribute.group(2);
				}
				else {
					language = attribute.group(2);
				}
			}
			shown.add(new Shown(slug, language));
		}
		return shown;
	}

	List<String> slugs(String ticket) {
		return suggested(ticket, null).stream().map(Shown::slug).toList();
	}

	@Test
	void aMissingItemPaidByCardGetsTheMissingItemArticleNotPaymentMethods() {
		String ticket = ticketFrom("ru", "Здравствуйте",
				"Привезли заказ, а колы нет. Я оплатил картой, верните деньги");
		List<String> slugs = slugs(ticket);
		assertThat(slugs).first().isEqualTo("missing-items");
		assertThat(slugs).doesNotContain("payment-methods", "promo-codes", "working-hours");
		assertThat(this.agent.get("/agent/tickets/" + ticket + "/articles").text()).contains("Чего-то не хватает");
	}

	@Test
	void anUzbekCustomerGetsTheArticlesInUzbek() {
		String ticket = ticketFrom("uz", "Buyurtmamda kola yoʻq, olib kelishmadi");
		List<Shown> shown = suggested(ticket, null);
		assertThat(shown).first().isEqualTo(new Shown("missing-items", "uz"));
		assertThat(shown).allMatch(s -> s.language().equals("uz"));
	}

	@Test
	void eachRequestGetsItsOwnArticlesFirst() {
		assertThat(slugs(ticketFrom("en", "My order is an hour late, where is the courier?"))).first()
			.isEqualTo("late-order");
		assertThat(slugs(ticketFrom("ru", "Промокод не работает, пишет что недействителен"))).first()
			.isEqualTo("promo-codes");
		assertThat(slugs(ticketFrom("ru", "Привезли чужой заказ, это не моё"))).first().isEqualTo("wrong-order");
		// A general question: its words decide.
		assertThat(slugs(ticketFrom("ru", "Сколько стоит доставка до Чиланзара?"))).first().isEqualTo("delivery-fee");
	}

	@Test
	void theAgentSearchesForAnotherArticleByTheirOwnWords() {
		String ticket = ticketFrom("ru", "Привезли заказ, а колы нет");
		assertThat(suggested(ticket, "способы оплаты").stream().map(Shown::slug)).first().isEqualTo("payment-methods");
		assertThat(this.agent.get("/agent/tickets/" + ticket + "/articles?q=" + "x".repeat(201)).text())
			.contains("data-testid=\"article-none\"");
	}

	@Test
	void insertGivesTheWholeArticleOrOneParagraphInTheCustomersLanguage() {
		String ticket = ticketFrom("uz", "Buyurtmamda kola yoʻq");
		JsonNode article = this.http.get("/api/v1/kb/articles/missing-items?locale=uz").send().json();
		String body = article.path("body").asString();
		String[] paragraphs = body.split("\n\n");
		assertThat(paragraphs).hasSize(3);

		JsonNode whole = this.agent.get("/agent/tickets/" + ticket + "/articles/missing-items/text").json();
		assertThat(whole.path("language").asString()).isEqualTo("uz");
		assertThat(whole.path("text").asString()).isEqualTo(body).doesNotContain("…");
		assertThat(whole.path("text").asString().length()).isGreaterThan(200);

		JsonNode second = this.agent.get("/agent/tickets/" + ticket + "/articles/missing-items/text?paragraph=2")
			.json();
		assertThat(second.path("text").asString()).isEqualTo(paragraphs[1]);
		assertThat(second.path("paragraph").asInt()).isEqualTo(2);

		for (String bad : new String[] { "0", "4", "-1" }) {
			Http.Response refused = this.agent
				.get("/agent/tickets/" + ticket + "/articles/missing-items/text?paragraph=" + bad);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.problemFields()).as(bad).containsExactly("paragraph");
		}
		assertThat(this.agent.get("/agent/tickets/" + ticket + "/articles/no-such-article/text").status())
			.isEqualTo(404);
		assertThat(this.agent.get("/agent/tickets/" + UUID.randomUUID() + "/articles/missing-items/text").status())
			.isEqualTo(404);
	}

	@Test
	void anArchivedArticleIsNeitherSuggestedNorInserted() {
		String admin = this.operators
			.issueApiToken(this.operators.register("kb-admin-" + UUID.randomUUID().toString().substring(0, 8), "Admin",
					"a-long-password", OperatorRole.ADMIN, "ru"), "tests");
		String slug = "frozen-" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> draft = Map.of("category", "INCIDENTS", "content", Map.of("ru",
				Map.of("title", "Растаяло мороженое", "body", "Мороженое растаяло в дороге.\n\nВернём деньги.")));
		assertThat(this.http.put("/api/v1/agent/kb/articles/" + slug, draft).bearer(admin).send().status())
			.isEqualTo(200);
		assertThat(this.http.post("/api/v1/agent/kb/articles/" + slug + "/publication", null)
			.bearer(admin)
			.send()
			.status()).isEqualTo(200);
		String ticket = ticketFrom("ru", "Мороженое растаяло");
		assertThat(suggested(ticket, "мороженое растаяло").stream().map(Shown::slug)).contains(slug);
		assertThat(this.agent.get("/agent/tickets/" + ticket + "/articles/" + slug + "/text?paragraph=2")
			.json()
			.path("text")
			.asString()).isEqualTo("Вернём деньги.");

		assertThat(this.http.post("/api/v1/agent/kb/articles/" + slug + "/archive", null).bearer(admin).send().status())
			.isEqualTo(200);
		assertThat(suggested(ticket, "мороженое растаяло").stream().map(Shown::slug)).doesNotContain(slug);
		assertThat(this.agent.get("/agent/tickets/" + ticket + "/articles/" + slug + "/text").status()).isEqualTo(404);
	}

	@Test
	void onlyASignedInOperatorReadsThem() {
		String ticket = ticketFrom("ru", "Привезли заказ, а колы нет");
		String path = "/agent/tickets/" + ticket + "/articles/missing-items/text";
		Http.Response anonymous = this.http.get(path).send();
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.header("Location")).endsWith("/login");
		// The customer's own platform token opens no door of the workspace.
		String customer = this.tokens
			.issue(new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "C", "ru"), Duration.ofHours(1));
		// A script's call (a bearer token, no session) is answered 401, not sent to sign
		// in.
		assertThat(this.http.get(path).bearer(customer).send().status()).isEqualTo(401);
		// An operator's API token is for the agent API, not the workspace's pages.
		assertThat(this.http.get(path).bearer(this.apiToken).send().status()).isEqualTo(401);
		assertThat(this.http.get("/agent/tickets/" + ticket + "/articles").send().status()).isEqualTo(302);
		assertThat(this.agent.get(path).status()).isEqualTo(200);
	}

}
