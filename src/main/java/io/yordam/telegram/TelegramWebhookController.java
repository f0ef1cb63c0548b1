package io.yordam.telegram;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The door Telegram posts updates to when a webhook is set. Telegram sends the secret
 * given to setWebhook in {@code X-Telegram-Bot-Api-Secret-Token}; anything without it is
 * refused (401) and counted, and changes nothing. Closed (404) in polling mode. Telegram
 * retries what it did not get a 2xx for; the update_id makes a retry a duplicate.
 */
@RestController
@ConditionalOnBooleanProperty("yordam.telegram.enabled")
class TelegramWebhookController {

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

	private final byte[] secret;

	private final TelegramUpdates updates;

	private final ObjectMapper mapper;

	private final MeterRegistry meters;

	TelegramWebhookController(TelegramProperties properties, TelegramUpdates updates, ObjectMapper mapper,
			MeterRegistry meters) {
		this.secret = properties.webhook() ? properties.webhookSecret().getBytes(StandardCharsets.UTF_8) : null;
		this.updates = updates;
		this.mapper = mapper;
		this.meters = meters;
	}

	@PostMapping("/api/v1/channels/telegram/webhook")
	ResponseEntity<?> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
			@RequestBody byte[] body) {
		if (this.secret == null) {
			return ResponseEntity.notFound().build();
		}
		if (given == null || !MessageDigest.isEqual(this.secret, given.getBytes(StandardCharsets.UTF_8))) {
			this.meters.counter("yordam.telegram.inbound", "outcome", "forged").increment();
			log.warn("A Telegram update without the webhook's secret token was refused");
			return problem(HttpStatus.UNAUTHORIZED, "secret-token", SECRET_HEADER,
					"The update does not carry the webhook's secret token");
		}
		JsonNode update;
		try {
			update = this.mapper.readTree(body);
			TelegramUpdate.of(update);
		}
		catch (RuntimeException ex) {
			this.meters.counter("yordam.telegram.inbound", "outcome", "malformed").increment();
			log.warn("A Telegram update could not be read: {}", ex.toString());
			return problem(HttpStatus.BAD_REQUEST, "update", "update_id",
					"The body is not a Telegram Update (JSON with an update_id)");
		}
		TelegramIntake.Outcome outcome = this.updates.take(update);
		return ResponseEntity.ok(Map.of("outcome", outcome.name().toLowerCase(Locale.ROOT)));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://yordam.io/problems/" + rule));
		problem.setProperty("rule", rule);
		problem.setProperty("field", field);
		problem.setProperty("errors", java.util.List.of(Map.of("field", field, "rule", rule, "message", detail)));
		return ResponseEntity.status(status).body(problem);
	}

}
