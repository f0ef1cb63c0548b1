package io.yordam.conversations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, finding 6: a conversation may name only an order its participant is party to
 * (its customer, its courier, its restaurant), and somebody else's order is answered
 * exactly like one that does not exist.
 */
@YordamTest
class OnlyAPartyMayNameAnOrderTests {

	/** The restaurant of every order the test builder sends. */
	static final String RESTAURANT = "r-1";

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	PlatformProperties platform;

	Http http;

	String customerId;

	String courierId;

	String orderId;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.customerId = "c-" + UUID.randomUUID();
		this.courierId = "k-" + UUID.randomUUID();
		this.orderId = PlatformEventBuilder.anOrderEvent()
			.customer(this.customerId, "Malika", "ru")
			.courier(this.courierId, "Jasur", "+998901112233")
			.status("ON_THE_WAY")
			.sendTo(this.http, this.platform.signature())
			.orderId();
	}

	String token(PlatformRole role, String id) {
		return this.tokens.issue(new PlatformUser(id, role, "Name " + id, "ru"), Duration.ofHours(1));
	}

	Http.Response start(String token, String orderId) {
		return this.http
			.post("/api/v1/conversations",
					Map.of("orderId", orderId, "text", "Buyurtma haqida", "clientMessageId",
							UUID.randomUUID().toString()))
			.bearer(token)
			.send();
	}

	@Test
	void theOrdersCustomerCourierAndRestaurantMayNameIt() {
		for (String party : List.of(token(PlatformRole.CUSTOMER, this.customerId),
				token(PlatformRole.COURIER, this.courierId), token(PlatformRole.PARTNER, RESTAURANT))) {
			Http.Response started = start(party, this.orderId);
			assertThat(started.status()).as(started.toString()).isEqualTo(201);
			assertThat(started.json().path("orderId").asString()).isEqualTo(this.orderId);
		}
	}

	@Test
	void aCourierOrPartnerMayNotLinkAStrangersOrderAndItReadsLikeAnUnknownOne() {
		// The same ids in the wrong role are strangers too: the courier's id as a
		// partner,
		// the customer's id as a courier.
		List<String> strangers = List.of(token(PlatformRole.COURIER, "k-" + UUID.randomUUID()),
				token(PlatformRole.PARTNER, "r-" + UUID.randomUUID()),
				token(PlatformRole.CUSTOMER, "c-" + UUID.randomUUID()), token(PlatformRole.COURIER, this.customerId),
				token(PlatformRole.PARTNER, this.courierId), token(PlatformRole.CUSTOMER, RESTAURANT));
		for (String stranger : strangers) {
			Http.Response foreign = start(stranger, this.orderId);
			Http.Response unknown = start(stranger, "o-" + UUID.randomUUID());
			assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
			assertThat(foreign.problemFields()).containsExactly("orderId");
			assertThat(withoutInstance(foreign)).isEqualTo(withoutInstance(unknown));
			assertThat(this.http.get("/api/v1/conversations").bearer(stranger).send().json()).isEmpty();
		}
	}

	static String withoutInstance(Http.Response response) {
		String instance = response.json().path("instance").asString();
		return instance.isEmpty() ? response.text() : response.text().replace(instance, "");
	}

}
