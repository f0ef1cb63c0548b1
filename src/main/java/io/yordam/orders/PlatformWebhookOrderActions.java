package io.yordam.orders;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

import io.yordam.orders.OrderAction.AssignNewCourier;
import io.yordam.orders.OrderAction.CreditBonus;
import io.yordam.orders.OrderAction.Redeliver;
import io.yordam.orders.OrderAction.Refund;

import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The adapter behind {@link OrderActions}: posts each action to the platform's webhook,
 * signed like the inbound events (a fresh timestamp on every attempt), with its
 * idempotency key inside the signed body so that the platform acts once per key. No
 * unsigned {@code Idempotency-Key} header is sent: a receiver must trust only what is
 * signed. Connect and read timeouts keep a platform that stops answering from holding the
 * outbox's threads: the attempt fails and is retried later.
 */
@Component
class PlatformWebhookOrderActions implements OrderActions {

	private final RestClient http;

	private final PlatformSignature signature;

	private final ObjectMapper mapper;

	/**
	 * Stands for the port this node listens on, known only once the web server has
	 * started.
	 */
	static final String LOCAL_PORT = "{local.server.port}";

	private final String url;

	private final Environment environment;

	PlatformWebhookOrderActions(RestClient.Builder builder, PlatformProperties properties, ObjectMapper mapper,
			Environment environment, Clock clock) {
		this.http = builder.requestFactory(requestFactory(properties)).build();
		this.signature = properties.signature(clock);
		this.mapper = mapper;
		this.url = properties.webhookUrl();
		this.environment = environment;
	}

	@Override
	public ActionReceipt request(OrderAction action, String idempotencyKey) {
		if (this.url == null || this.url.isBlank()) {
			throw new IllegalStateException("yordam.platform.webhook-url is not configured");
		}
		return send(this.mapper.writeValueAsBytes(payload(action, idempotencyKey)), idempotencyKey);
	}

	@Override
	public ActionReceipt send(byte[] body, String idempotencyKey) {
		if (this.url == null || this.url.isBlank()) {
			throw new IllegalStateException("yordam.platform.webhook-url is not configured");
		}
		ResponseEntity<String> response = this.http.post()
			.uri(target())
			.contentType(MediaType.APPLICATION_JSON)
			.header(PlatformSignature.HEADER, this.signature.sign(body))
			.body(body)
			.retrieve()
			.toEntity(String.class);
		return new ActionReceipt(idempotencyKey, response.getStatusCode().value(),
				response.getHeaders().getFirst("X-Platform-Reference"));
	}

	static SimpleClientHttpRequestFactory requestFactory(PlatformProperties properties) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(properties.connectTimeout());
		factory.setReadTimeout(properties.readTimeout());
		return factory;
	}

	private String target() {
		return this.url.contains(LOCAL_PORT)
				? this.url.replace(LOCAL_PORT, this.environment.getProperty("local.server.port", "8080")) : this.url;
	}

	static Map<String, Object> payload(OrderAction action, String idempotencyKey) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("idempotencyKey", idempotencyKey);
		payload.put("type", action.type());
		payload.put("orderId", action.orderId().value());
		switch (action) {
			case Redeliver r -> {
				payload.put("skus", r.skus());
				payload.put("freeDelivery", r.freeDelivery());
			}
			case AssignNewCourier a -> payload.put("reason", a.reason());
			case Refund r -> {
				payload.put("amount", r.amount().som());
				payload.put("reason", r.reason());
			}
			case CreditBonus c -> {
				payload.put("customerId", c.customerId());
				payload.put("amount", c.amount().som());
				payload.put("reason", c.reason());
			}
			case OrderAction.RetryPayment r -> {
			}
			case OrderAction.SwitchToCash s -> {
			}
			case OrderAction.Cancel c -> payload.put("reason", c.reason());
		}
		return payload;
	}

}
