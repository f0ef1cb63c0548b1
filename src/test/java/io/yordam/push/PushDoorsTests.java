package io.yordam.push;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.Parallel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration doors: only a signed-in participant, only their own devices, bad input
 * named by its field with nothing written, and one row per endpoint or token however
 * often (and however concurrently) it is registered.
 */
class PushDoorsTests extends PushTestSupport {

	@Test
	void theVapidKeyIsTheServersAndEveryDoorWantsASignedInParticipant() {
		Http http = new Http(this.port);
		Http.Response key = http.get("/api/v1/me/push/vapid-key").bearer(bearer(newCustomer())).send();
		assertThat(key.status()).isEqualTo(200);
		assertThat(key.json().path("publicKey").asString()).isEqualTo(VAPID_PUBLIC);
		assertThat(http.get("/api/v1/me/push/vapid-key").send().status()).isEqualTo(401);
		assertThat(http.post("/api/v1/me/push/subscriptions", Map.of("endpoint", pushService.origin() + "/push/x"))
			.send()
			.status()).isEqualTo(401);
		assertThat(http.post("/api/v1/me/push/devices", Map.of("token", "t".repeat(40))).send().status())
			.isEqualTo(401);
		assertThat(http.delete("/api/v1/me/push/devices?token=" + "t".repeat(40)).send().status()).isEqualTo(401);
	}

	@Test
	void aSubscriptionIsOneRowPerEndpointHoweverOftenItIsSentEvenAtOnce() throws Exception {
		String customer = newCustomer();
		FakePushService.Browser browser = pushService.subscribe();
		Map<String, Object> body = Map.of("endpoint", browser.endpoint(), "keys",
				Map.of("p256dh", browser.p256dh(), "auth", browser.auth()));
		String bearer = bearer(customer);
		List<Callable<Http.Response>> sends = java.util.stream.IntStream
			.range(0, 6).<Callable<Http
					.Response>>mapToObj(
							i -> () -> new Http(this.port).post("/api/v1/me/push/subscriptions", body)
								.bearer(bearer)
								.send())
			.toList();
		List<Http.Response> responses = Parallel.all(sends);
		assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.text()).isEqualTo(201));
		assertThat(responses.stream().map(r -> r.json().path("id").asString()).distinct()).hasSize(1);
		assertThat(devices(customer)).isEqualTo(1);
	}

	@Test
	void badSubscriptionsAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		String customer = newCustomer();
		FakePushService.Browser browser = pushService.subscribe();
		String bearer = bearer(customer);
		Map<String, Object> keys = Map.of("p256dh", browser.p256dh(), "auth", browser.auth());
		assertRefused(Map.of("endpoint", "not a url", "keys", keys), bearer, "endpoint");
		assertRefused(Map.of("endpoint", "https://evil.example/push/1", "keys", keys), bearer, "endpoint");
		assertRefused(Map.of("endpoint", "ftp://127.0.0.1/push/1", "keys", keys), bearer, "endpoint");
		assertRefused(Map.of("endpoint", browser.endpoint()), bearer, "keys");
		assertRefused(Map.of("endpoint", browser.endpoint(), "keys", Map.of("p256dh", "BAAA", "auth", browser.auth())),
				bearer, "keys.p256dh");
		assertRefused(Map.of("endpoint", browser.endpoint(), "keys", Map.of("p256dh", "!!", "auth", browser.auth())),
				bearer, "keys.p256dh");
		assertRefused(
				Map.of("endpoint", browser.endpoint(), "keys", Map.of("p256dh", browser.p256dh(), "auth", "AAAA")),
				bearer, "keys.auth");
		Http.Response token = new Http(this.port).post("/api/v1/me/push/devices", Map.of("token", "short"))
			.bearer(bearer)
			.send();
		assertThat(token.status()).isEqualTo(400);
		assertThat(token.problemFields()).containsExactly("token");
		assertThat(devices(customer)).isZero();
	}

	@Test
	void aCustomerRemovesOnlyTheirOwnDevicesAndTheSameIdAsACourierIsSomebodyElse() throws Exception {
		String customer = newCustomer();
		FakePushService.Browser browser = subscribe(customer);
		String token = registerPhone(customer);
		String other = bearer(newCustomer());
		String courierWithTheSameId = this.tokens.issue(new PlatformUser(customer, PlatformRole.COURIER, "K", "ru"),
				Duration.ofMinutes(5));
		for (String stranger : List.of(other, courierWithTheSameId)) {
			assertThat(
					new Http(this.port).delete("/api/v1/me/push/subscriptions?endpoint=" + encoded(browser.endpoint()))
						.bearer(stranger)
						.send()
						.status())
				.isEqualTo(204);
			assertThat(new Http(this.port).delete("/api/v1/me/push/devices?token=" + token)
				.bearer(stranger)
				.send()
				.status()).isEqualTo(204);
		}
		assertThat(devices(customer)).as("nothing of the customer's removed by others").isEqualTo(2);

		assertThat(new Http(this.port).delete("/api/v1/me/push/subscriptions?endpoint=" + encoded(browser.endpoint()))
			.bearer(bearer(customer))
			.send()
			.status()).isEqualTo(204);
		assertThat(new Http(this.port).delete("/api/v1/me/push/devices?token=" + token)
			.bearer(bearer(customer))
			.send()
			.status()).isEqualTo(204);
		assertThat(devices(customer)).isZero();
	}

	@Test
	void aBrowserSubscribedAgainByAnotherCustomerPushesToThemOnly() throws Exception {
		String first = newCustomer();
		FakePushService.Browser browser = subscribe(first);
		String second = newCustomer();
		Http.Response again = new Http(this.port)
			.post("/api/v1/me/push/subscriptions", Map.of("endpoint", browser.endpoint(), "keys",
					Map.of("p256dh", browser.p256dh(), "auth", browser.auth())))
			.bearer(bearer(second))
			.send();
		assertThat(again.status()).isEqualTo(201);
		assertThat(devices(first)).isZero();
		assertThat(devices(second)).isEqualTo(1);
	}

	private void assertRefused(Map<String, Object> body, String bearer, String field) {
		Http.Response response = new Http(this.port).post("/api/v1/me/push/subscriptions", body).bearer(bearer).send();
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.problemFields()).as(response.text()).containsExactly(field);
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
