package io.yordam.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import io.yordam.common.InvalidInputException;
import io.yordam.common.UtcDays;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bot through the agent API: classify a text, read containment. */
@RestController
class BotController {

	static final int MAX_TEXT = 2000;

	private final IntentClassifier classifier;

	private final Orders orders;

	private final Containment containment;

	private final Clock clock;

	BotController(IntentClassifier classifier, Orders orders, Containment containment, Clock clock) {
		this.classifier = classifier;
		this.orders = orders;
		this.containment = containment;
		this.clock = clock;
	}

	@PostMapping("/api/v1/agent/bot/classify")
	@Operation(summary = "What the bot understands of a text: intent, confidence, language, entities. "
			+ "With orderId, the order's lines resolve items and its state is context.")
	ClassifyResponse classify(@Valid @RequestBody(required = false) ClassifyRequest request) {
		if (request == null || request.text() == null || request.text().isBlank()) {
			throw new InvalidInputException("text", "required", "The text to classify");
		}
		if (request.text().length() > MAX_TEXT) {
			throw new InvalidInputException("text", "length", "At most " + MAX_TEXT + " characters");
		}
		OrderView order = null;
		if (request.orderId() != null && !request.orderId().isBlank()) {
			order = this.orders.find(new OrderId(request.orderId()))
				.orElseThrow(() -> new InvalidInputException("orderId", "exists", "No order " + request.orderId()));
		}
		Classification result = this.classifier.classify(request.text(), order, this.clock.instant());
		return new ClassifyResponse(result.intent().wireName(), Math.round(result.confidence() * 1000) / 1000.0,
				result.language(), result.entities(), result.angry(), result.urgent(), result.decidedBy());
	}

	@GetMapping("/api/v1/agent/bot/containment")
	@Operation(summary = "Containment per intent and language, of the conversations the bot finished "
			+ "between two days (UTC, to exclusive; default the last 7 days)")
	Containment.Report containment(@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to) {
		Instant end = (to != null) ? UtcDays.start("to", to) : this.clock.instant();
		Instant start = (from != null) ? UtcDays.start("from", from) : end.minus(Duration.ofDays(7));
		if (!start.isBefore(end)) {
			throw new InvalidInputException("from", "before-to", "from must be before to");
		}
		return this.containment.report(start, end);
	}

	record ClassifyRequest(String text, @Size(max = 64) String orderId) {
	}

	record ClassifyResponse(String intent, double confidence, String language, Entities entities, boolean angry,
			boolean urgent, String decidedBy) {
	}

}
