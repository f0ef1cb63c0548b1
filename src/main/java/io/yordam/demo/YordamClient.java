package io.yordam.demo;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.ObjectMapper;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.demo.DemoWorld.Customer;
import io.yordam.orders.PlatformSignature;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The platform's and its customers' way into Yordam: the same public HTTP endpoints a
 * real platform and a real app use, on this very server.
 */
final class YordamClient {

	static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

	private final RestClient http;

	private final ObjectMapper mapper;

	private final PlatformSignature signature;

	private final PlatformTokens tokens;

	private volatile Integer port;

	YordamClient(RestClient http, ObjectMapper mapper, PlatformSignature signature, PlatformTokens tokens) {
		this.http = http;
		this.mapper = mapper;
		this.signature = signature;
		this.tokens = tokens;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		// A separate management server has a namespace; the application's has none.
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.port = event.getWebServer().getPort();
		}
	}

	/**
	 * Where Yordam listens, once its server is up; empty without a web server (tests).
	 */
	Optional<String> baseUrl() {
		Integer current = this.port;
		return (current != null && current > 0) ? Optional.of("http://localhost:" + current) : Optional.empty();
	}

	/** Posts one signed platform event; throws when Yordam does not take it. */
	void post(PlatformEvent step) {
		byte[] body = this.mapper.writeValueAsBytes(PlatformEventJson.of(step));
		this.http.post()
			.uri(url("/api/v1/platform/events"))
			.contentType(MediaType.APPLICATION_JSON)
			.header(PlatformSignature.HEADER, this.signature.sign(body))
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

	/** The customer opens a chat about their order from the app. */
	void write(Customer customer, String orderId, String text) {
		String token = this.tokens.issue(
				new PlatformUser(customer.id(), PlatformRole.CUSTOMER, customer.name(), customer.locale()),
				TOKEN_LIFETIME);
		byte[] body = this.mapper.writeValueAsBytes(new StartConversation(orderId, text, UUID.randomUUID().toString()));
		this.http.post()
			.uri(url("/api/v1/conversations"))
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> headers.setBearerAuth(token))
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

	/**
	 * The app's "continue in Telegram": the customer's deep link token, from Yordam's API
	 * as the app would ask for it.
	 */
	String telegramLinkToken(Customer customer) {
		String token = this.tokens.issue(
				new PlatformUser(customer.id(), PlatformRole.CUSTOMER, customer.name(), customer.locale()),
				TOKEN_LIFETIME);
		byte[] answer = this.http.post()
			.uri(url("/api/v1/me/telegram-link"))
			.headers(headers -> headers.setBearerAuth(token))
			.retrieve()
			.body(byte[].class);
		return this.mapper.readTree(answer).path("token").asString();
	}

	private String url(String path) {
		return baseUrl().orElseThrow(() -> new ResourceAccessException("Yordam's web server is not running")) + path;
	}

	record StartConversation(String orderId, String text, String clientMessageId) {
	}

}
