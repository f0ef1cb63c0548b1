package io.yordam.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
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

	@Autowired
	PlatformTokens tokens;

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
	void uzbekWordEndingsFindWhatTheBareWordFinds() {
		// "in Bukhara": the locative ending, in either script, in any reader's language.
		assertThat(search("Buxoro", "uz")).first().isEqualTo("cities-and-zones");
		for (String locale : List.of("uz", "ru", "en")) {
			assertThat(search("Buxoroda", locale)).as(locale).first().isEqualTo("cities-and-zones");
			assertThat(search("Бухорода", locale)).as(locale).first().isEqualTo("cities-and-zones");
		}
		assertThat(search("Buxoroga yetkazasizlarmi", "uz")).first().isEqualTo("cities-and-zones");
		// In a sentence, beside words every delivery article has.
		assertThat(search("Buxoroda ham yetkazib berasizlarmi?", "uz")).first().isEqualTo("cities-and-zones");
		assertThat(search("Бухорода ҳам ишлайсизларми? доставка борми", "uz")).first().isEqualTo("cities-and-zones");
		assertThat(search("Andijonda ham ishlaysizlarmi?", "uz")).first().isEqualTo("cities-and-zones");
		assertThat(search("Фарғонада етказиб бериш борми?", "uz")).first().isEqualTo("cities-and-zones");
		// Plural and possessive: "my promo codes", "my bonuses".
		assertThat(search("promokod", "uz")).first().isEqualTo("promo-codes");
		assertThat(search("promokodlarim", "uz")).first().isEqualTo("promo-codes");
		assertThat(search("промокодларим", "uz")).first().isEqualTo("promo-codes");
		assertThat(search("bonuslarim", "uz")).first().isEqualTo("bonus-account");
	}

	String reader(PlatformRole role, String id) {
		return this.tokens.issue(new PlatformUser(id, role, "Reader", "ru"), Duration.ofHours(1));
	}

	Http.Response vote(String slug, String token, boolean helpful) {
		return this.http.post("/api/v1/kb/articles/" + slug + "/feedback", Map.of("helpful", helpful))
			.bearer(token)
			.send();
	}

	@Test
	void readersSayWhetherItHelped() {
		String reader = reader(PlatformRole.CUSTOMER, "c-" + UUID.randomUUID());
		Http.Response yes = vote("payment-methods", reader, true);
		assertThat(yes.status()).as(yes.toString()).isEqualTo(200);
		int yesBefore = yes.json().path("helpfulYes").asInt();
		int noBefore = yes.json().path("helpfulNo").asInt();
		// The same reader changing their mind moves their vote.
		vote("payment-methods", reader, false);
		JsonNode after = this.http.get("/api/v1/kb/articles/payment-methods").send().json();
		assertThat(after.path("helpfulYes").asInt()).isEqualTo(yesBefore - 1);
		assertThat(after.path("helpfulNo").asInt()).isEqualTo(noBefore + 1);
		assertThat(this.http.post("/api/v1/kb/articles/payment-methods/feedback", Map.of()).send().problemFields())
			.containsExactly("helpful");
		assertThat(vote("no-such", reader, true).status()).isEqualTo(404);
	}

	@Test
	void helpfulVotesAreOnePerReaderAndArticleEvenInParallel() throws Exception {
		String slug = "refunds";
		int yesBefore = this.http.get("/api/v1/kb/articles/" + slug).send().json().path("helpfulYes").asInt();
		String readerId = "c-" + UUID.randomUUID();
		String reader = reader(PlatformRole.CUSTOMER, readerId);
		List<Callable<Integer>> votes = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			votes.add(() -> vote(slug, reader, true).status());
		}
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
			for (Future<Integer> f : pool.invokeAll(votes)) {
				statuses.add(f.get());
			}
		}
		assertThat(statuses).containsOnly(200);
		assertThat(this.http.get("/api/v1/kb/articles/" + slug).send().json().path("helpfulYes").asInt())
			.isEqualTo(yesBefore + 1);
		// A courier with the same platform id is another reader.
		assertThat(vote(slug, reader(PlatformRole.COURIER, readerId), true).status()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/kb/articles/" + slug).send().json().path("helpfulYes").asInt())
			.isEqualTo(yesBefore + 2);
		// Anonymous or forged votes are not counted.
		Http.Response anonymous = this.http.post("/api/v1/kb/articles/" + slug + "/feedback", Map.of("helpful", true))
			.send();
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().path("rule").asString()).isEqualTo("voter-required");
		assertThat(vote(slug, "not-a-token", true).status()).isEqualTo(401);
		assertThat(this.http.get("/api/v1/kb/articles/" + slug).send().json().path("helpfulYes").asInt())
			.isEqualTo(yesBefore + 2);
	}

	@Test
	void searchesAnswerWithTheChangeOnceItIsPublishedOrArchived() {
		String slug = "storm-" + UUID.randomUUID().toString().substring(0, 6);
		String admin = token(OperatorRole.ADMIN);
		Map<String, Object> draft = Map.of("category", "DELIVERY", "content",
				Map.of("en", Map.of("title", "Thunderstorm deliveries", "body", "Couriers wait out a thunderstorm")));
		assertThat(this.http.put("/api/v1/agent/kb/articles/" + slug, draft).bearer(admin).send().status())
			.isEqualTo(200);
		// Asked twice before it is published: the second answer may come from memory.
		assertThat(search("thunderstorm deliveries", "en")).doesNotContain(slug);
		assertThat(search("thunderstorm deliveries", "en")).doesNotContain(slug);
		assertThat(this.http.post("/api/v1/agent/kb/articles/" + slug + "/publication", null)
			.bearer(admin)
			.send()
			.status()).isEqualTo(200);
		assertThat(search("thunderstorm deliveries", "en")).contains(slug);
		assertThat(this.http.post("/api/v1/agent/kb/articles/" + slug + "/archive", null).bearer(admin).send().status())
			.isEqualTo(200);
		assertThat(search("thunderstorm deliveries", "en")).doesNotContain(slug);
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
