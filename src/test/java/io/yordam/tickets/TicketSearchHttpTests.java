package io.yordam.tickets;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorId;
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
import static org.awaitility.Awaitility.await;

/**
 * The desk's search finds a ticket by what the customer wrote whatever the language,
 * script, word form or typo, by its number, and by the customer's name.
 */
@YordamTest
class TicketSearchHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	Http http;

	String agent;

	String tag;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		OperatorId id = this.operators.register("search-" + UUID.randomUUID().toString().substring(0, 8), "Searcher",
				"a-long-password", OperatorRole.AGENT, "ru");
		this.agent = this.operators.issueApiToken(id, "tests");
		// A word of this run's own, so that runs on a shared database do not see each
		// other.
		this.tag = "zx" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
	}

	String write(String name, String locale, String text) {
		String token = this.tokens.issue(
				new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, name, locale), Duration.ofHours(1));
		String conversation = this.http.post("/api/v1/conversations", Map.of("text", text, "clientMessageId", "m1"))
			.bearer(token)
			.send()
			.json()
			.path("id")
			.asString();
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")
				.bearer(this.agent)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	List<String> found(String q) {
		Http.Response response = this.http
			.get("/api/v1/agent/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
			.bearer(this.agent)
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().findValues("ticket").stream().map(t -> t.path("id").asString()).toList();
	}

	@Test
	void findsByWordFormScriptAndTypo() {
		String russian = write("Ольга Смирнова", "ru", "Курьер заблудился и опоздал на час " + this.tag);
		String cyrillicUzbek = write("Жасур Тошматов", "uz", "Буюртмам кечикди, овқат совиб қолди " + this.tag);
		String english = write("John Smith", "en", "The deliveries were cold again " + this.tag);

		// Russian word forms: "курьера" finds "Курьер".
		assertThat(found("курьера " + this.tag)).contains(russian);
		// Russian typed in Latin letters, with a typo: "kurier" meets "курьер".
		assertThat(found("kurier zabludilsya")).contains(russian);
		// Uzbek in Latin finds what was written in Cyrillic.
		assertThat(found("buyurtmam kechikdi")).contains(cyrillicUzbek);
		assertThat(found("ovqat sovib")).contains(cyrillicUzbek);
		// English word forms.
		assertThat(found("delivery cold " + this.tag)).contains(english);
		// The customer's name, in another script.
		assertThat(found("Jasur Toshmatov")).contains(cyrillicUzbek);
		// The number.
		JsonNode ticket = this.http.get("/api/v1/agent/tickets/" + russian).bearer(this.agent).send().json();
		assertThat(found("#" + ticket.path("number").asLong())).first().isEqualTo(russian);
	}

	@Test
	void searchIsForOperatorsAndWantsAQuery() {
		assertThat(this.http.get("/api/v1/agent/search?q=kurier").send().status()).isEqualTo(401);
		Http.Response tooShort = this.http.get("/api/v1/agent/search?q=a").bearer(this.agent).send();
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.problemFields()).containsExactly("q");
		Http.Response tooMany = this.http.get("/api/v1/agent/search?q=kurier&limit=500").bearer(this.agent).send();
		assertThat(tooMany.problemFields()).containsExactly("limit");
		assertThat(found(this.tag + "qqqq")).isEmpty();
	}

}
