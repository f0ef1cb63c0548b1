package io.yordam.tickets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.yordam.access.OperatorId;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13: "searching an exact order number ranked four unrelated tickets above the one
 * with that order". An exact identifier (a ticket number, an order number, a phone in any
 * writing, an email) puts the tickets it names first, above any match of words.
 */
@YordamTest
class ExactIdentifiersComeFirstHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	PlatformProperties platform;

	@Autowired
	Operators operators;

	Http http;

	String agent;

	String username;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.username = "exact-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId id = this.operators.register(this.username, "Searcher", "a-long-password", OperatorRole.AGENT, "ru");
		this.agent = this.operators.issueApiToken(id, "tests");
	}

	/** A customer writes, about an order of theirs when one is given; the ticket's id. */
	String write(String customerId, PlatformEventBuilder order, String text) {
		String token = this.tokens.issue(new PlatformUser(customerId, PlatformRole.CUSTOMER, "Customer", "ru"),
				Duration.ofHours(1));
		Map<String, Object> start = new HashMap<>(Map.of("text", text, "clientMessageId", "m1"));
		if (order != null) {
			start.put("orderId", order.orderId());
		}
		String conversation = this.http.post("/api/v1/conversations", start)
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

	PlatformEventBuilder order(String customerId, String number, String phone) {
		return PlatformEventBuilder.anOrderEvent()
			.customer(customerId, "Customer", "ru")
			.number(number)
			.customerPhone(phone)
			.sendTo(this.http, this.platform.signature());
	}

	List<JsonNode> found(String q) {
		Http.Response response = this.http.get("/api/v1/agent/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
			.bearer(this.agent)
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().valueStream().toList();
	}

	static String id(JsonNode hit) {
		return hit.path("ticket").path("id").asString();
	}

	static String randomDigits(int n) {
		StringBuilder digits = new StringBuilder();
		ThreadLocalRandom.current().ints(n, 0, 10).forEach(digits::append);
		return digits.toString();
	}

	@Test
	void theTicketOfTheOrderNumberComesBeforeFourThatOnlySoundLikeIt() {
		String digits = "7" + randomDigits(5);
		String number = "E24-" + digits;
		String similar = "E24-" + digits.substring(0, 5) + ((digits.charAt(5) == '9') ? "8" : "9");
		// Four unrelated tickets with the same words, the prefix and a number one digit
		// off.
		for (String text : List.of("Заказ " + similar + " опаздывает, где курьер?",
				"Где мой заказ E24? Номер " + similar + ", курьер опаздывает",
				"Заказ E24 " + digits.substring(0, 4) + " не привезли, опаздывает курьер",
				"Курьер опаздывает с заказом " + similar + " уже час")) {
			String other = "c-" + UUID.randomUUID().toString().substring(0, 8);
			write(other, order(other, "E24-" + randomDigits(6), "+99890" + randomDigits(7)), text);
		}
		String customer = "c-" + UUID.randomUUID().toString().substring(0, 8);
		String target = write(customer, order(customer, number, "+99890" + randomDigits(7)), "Здравствуйте");

		List<JsonNode> hits = found(number);
		assertThat(hits).isNotEmpty();
		assertThat(id(hits.get(0))).isEqualTo(target);
		assertThat(hits.get(0).path("exact").asString()).isEqualTo("order");
		assertThat(hits.stream().skip(1).map(h -> h.path("exact").isNull())).containsOnly(true);
		// In small letters, as typed in a hurry.
		assertThat(id(found(number.toLowerCase()).get(0))).isEqualTo(target);

		// The search page lists it first, marked.
		OperatorSession session = OperatorSession.open(this.http);
		session.login(this.username, "a-long-password");
		String page = session.get("/agent/search?q=" + number).text();
		int first = page.indexOf("data-testid=\"search-hit\"");
		assertThat(first).isPositive();
		assertThat(page.substring(first, page.indexOf(">", first))).contains(target).contains("data-exact=\"order\"");
	}

	@Test
	void aTicketThatNamesTheOrderInItsChatComesRightAfterTheOrdersOwn() {
		String number = "E24-" + "8" + randomDigits(5);
		String customer = "c-" + UUID.randomUUID().toString().substring(0, 8);
		String own = write(customer, order(customer, number, "+99890" + randomDigits(7)), "Где заказ?");
		String stranger = "c-" + UUID.randomUUID().toString().substring(0, 8);
		String mentions = write(stranger, null, "Мой заказ " + number + " так и не приехал");
		List<String> ids = found(number).stream().map(ExactIdentifiersComeFirstHttpTests::id).toList();
		assertThat(ids).startsWith(own, mentions);
	}

	@Test
	void aPhoneInAnyWritingFindsItsCustomersTickets() {
		String tail = randomDigits(7);
		String customer = "c-" + UUID.randomUUID().toString().substring(0, 8);
		String ticket = write(customer, order(customer, "E24-" + randomDigits(6), "+99897" + tail), "Курьер не звонит");
		String spaced = "97 " + tail.substring(0, 3) + " " + tail.substring(3, 5) + " " + tail.substring(5);
		for (String phone : List.of("+99897" + tail, "+998 " + spaced,
				"(97) " + tail.substring(0, 3) + "-" + tail.substring(3, 5) + "-" + tail.substring(5), "97" + tail)) {
			List<JsonNode> hits = found(phone);
			assertThat(hits).as(phone).isNotEmpty();
			assertThat(id(hits.get(0))).as(phone).isEqualTo(ticket);
			assertThat(hits.get(0).path("exact").asString()).isEqualTo("phone");
		}
	}

	@Test
	void anEmailWrittenInTheChatAndATicketNumberAreExact() {
		String tag = "q" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		String email = "aziza." + tag + "@mail.uz";
		String ticket = write("c-" + UUID.randomUUID(), null, "Пришлите чек на почту " + email + ", пожалуйста");
		write("c-" + UUID.randomUUID(), null, "Чек на почту mail.uz не пришёл, " + tag + " aziza");
		List<JsonNode> hits = found(email.toUpperCase());
		assertThat(id(hits.get(0))).isEqualTo(ticket);
		assertThat(hits.get(0).path("exact").asString()).isEqualTo("email");

		long number = this.http.get("/api/v1/agent/tickets/" + ticket)
			.bearer(this.agent)
			.send()
			.json()
			.path("number")
			.asLong();
		for (String q : List.of("#" + number, String.valueOf(number))) {
			assertThat(id(found(q).get(0))).as(q).isEqualTo(ticket);
			assertThat(found(q).get(0).path("exact").asString()).isEqualTo("ticket-number");
		}
	}

}
