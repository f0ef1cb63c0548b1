package io.yordam.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base: seeded in three languages, searched across word forms, scripts and
 * typos, read and rated by anyone, edited (draft, publish, history) only by admins.
 */
@YordamTest
class KnowledgeBaseHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	String token(OperatorRole role) {
		var id = this.operators.register(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
				"Editor", "a-long-password", role, "ru");
		return this.operators.issueApiToken(id, "tests");
	}

	List<String> search(String q, String locale) {
		Http.Response response = this.http
			.get("/api/v1/kb/search?locale=" + locale + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().findValuesAsString("slug");
	}

	@Test
	void theSeedIsThereInEveryLanguage() {
		JsonNode uz = this.http.get("/api/v1/kb/articles?locale=uz").send().json();
		assertThat(uz.size()).isGreaterThanOrEqualTo(10);
		assertThat(uz.findValuesAsString("title")).contains("Yetkazib berish qancha turadi", "Bonus hisobi");
		JsonNode en = this.http.get("/api/v1/kb/articles/refunds?locale=en").send().json();
		assertThat(en.path("title").asString()).isEqualTo("Refunds");
	}

	@Test
	void searchUnderstandsWordFormsScriptsAndTypos() {
		// Russian word forms.
		assertThat(search("стоимость доставки", "ru")).first().isEqualTo("delivery-fee");
		// Uzbek, Latin and Cyrillic.
		assertThat(search("yetkazib berish narxi", "uz")).first().isEqualTo("delivery-fee");
		assertThat(search("етказиб бериш нархи", "uz")).first().isEqualTo("delivery-fee");
		// Russian typed in Latin letters.
		assertThat(search("vozvrat deneg", "ru")).first().isEqualTo("refunds");
		// English with a typo.
		assertThat(search("refnds", "en")).first().isEqualTo("refunds");
		assertThat(search("promo kod", "uz")).first().isEqualTo("promo-codes");
		// The answer comes in the reader's language.
		JsonNode hit = this.http.get("/api/v1/kb/search?locale=uz&q=bonus").send().json().get(0);
		assertThat(hit.path("title").asString()).isEqualTo("Bonus hisobi");
		Http.Response tooShort = this.http.get("/api/v1/kb/search?q=a").send();
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.problemFields()).containsExactly("q");
	}

	@Test
	void readersSayWhetherItHelped() {
		Http.Response yes = this.http.post("/api/v1/kb/articles/payment-methods/feedback", Map.of("helpful", true))
			.send();
		assertThat(yes.status()).as(yes.toString()).isEqualTo(200);
		int before = yes.json().path("helpfulYes").asInt();
		this.http.post("/api/v1/kb/articles/payment-methods/feedback", Map.of("helpful", false)).send();
		JsonNode after = this.http.get("/api/v1/kb/articles/payment-methods").send().json();
		assertThat(after.path("helpfulYes").asInt()).isEqualTo(before);
		assertThat(after.path("helpfulNo").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(this.http.post("/api/v1/kb/articles/payment-methods/feedback", Map.of()).send().problemFields())
			.containsExactly("helpful");
		assertThat(this.http.post("/api/v1/kb/articles/no-such/feedback", Map.of("helpful", true)).send().status())
			.isEqualTo(404);
	}

	@Test
	void adminsDraftAndPublishWithHistory() {
		String slug = "rain-" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> draft = Map.of("category", "DELIVERY", "content", Map.of("ru",
				Map.of("title", "Доставка в дождь", "body", "В ливень курьеры едут осторожнее"), "uz",
				Map.of("title", "Yomgʻirda yetkazish", "body", "Jala paytida kuryerlar ehtiyot boʻlib yuradi")));
		assertThat(this.http.put("/api/v1/agent/kb/articles/" + slug, draft)
			.bearer(token(OperatorRole.AGENT))
			.send()
			.status()).isEqualTo(403);
		String admin = token(OperatorRole.ADMIN);
		Http.Response saved = this.http.put("/api/v1/agent/kb/articles/" + slug, draft).bearer(admin).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		// A draft is nobody's reading yet.
		assertThat(search("ливень", "ru")).doesNotContain(slug);
		assertThat(this.http.get("/api/v1/kb/articles/" + slug).send().status()).isEqualTo(404);
		assertThat(this.http.post("/api/v1/agent/kb/articles/" + slug + "/publication", null)
			.bearer(admin)
			.send()
			.status()).isEqualTo(200);
		assertThat(search("ливень", "ru")).contains(slug);
		assertThat(search("jala", "uz")).contains(slug);
		assertThat(this.http.post("/api/v1/agent/kb/articles/" + slug + "/publication", null)
			.bearer(admin)
			.send()
			.json()
			.path("rule")
			.asString()).isEqualTo("nothing-to-publish");
		JsonNode history = this.http.get("/api/v1/agent/kb/articles/" + slug + "/history").bearer(admin).send().json();
		assertThat(history.findValuesAsString("action")).containsExactly("published", "draft");

		Http.Response bad = this.http
			.put("/api/v1/agent/kb/articles/Not%20A%20Slug",
					Map.of("category", "NOPE", "content", Map.of("en", Map.of("title", "", "body", "x"))))
			.bearer(admin)
			.send();
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.problemFields()).containsExactlyInAnyOrder("slug", "category", "content.en.title");
	}

}
