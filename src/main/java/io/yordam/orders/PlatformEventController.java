package io.yordam.orders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import tools.jackson.databind.ObjectMapper;

import io.yordam.common.ConflictRetry;
import io.yordam.common.JsonInput;
import io.yordam.common.LogContext;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's inbound webhook. The body is read raw because the signature covers the
 * exact bytes sent, and by hand so that no more than the size limit is ever read; the
 * signature is verified before anything is parsed.
 */
@RestController
@Tag(name = "Platform", description = "Order events from the delivery platform")
class PlatformEventController {

	private final ConflictRetry retry;

	private final PlatformEventIntake intake;

	private final PlatformSignature signature;

	private final ObjectMapper mapper;

	private final Validator validator;

	private final int maxBytes;

	/** A batch may be this many times the size of one event. */
	private static final int BATCH_FACTOR = 16;

	PlatformEventController(PlatformEventIntake intake, PlatformProperties properties, ObjectMapper mapper,
			Validator validator, Clock clock, ConflictRetry retry) {
		this.intake = intake;
		this.retry = retry;
		this.signature = properties.signature(clock);
		this.mapper = mapper;
		this.validator = validator;
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, properties.maxEventSize().toBytes());
	}

	@PostMapping(path = "/api/v1/platform/events", consumes = "application/json")
	@Operation(summary = "Take in one order event",
			description = "Signed with HMAC-SHA256 of \"<t>.<raw body>\" (t: unix seconds, within 5 minutes of now). "
					+ "A repeated event id answers 200 and changes nothing. A body over the size limit is 413.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = "application/json", schema = @Schema(implementation = PlatformEventPayload.class))))
	ResponseEntity<?> receive(
			@Parameter(description = "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\">") @RequestHeader(
					name = PlatformSignature.HEADER, required = false) String signatureHeader,
			HttpServletRequest request) {
		if (request.getContentLengthLong() > this.maxBytes) {
			return tooLarge();
		}
		byte[] raw = read(request);
		if (raw.length > this.maxBytes) {
			return tooLarge();
		}
		if (this.signature.check(signatureHeader, raw) instanceof PlatformSignature.Verdict.Refused refused) {
			return PlatformSignature.refusal(refused);
		}
		PlatformEventPayload event = JsonInput.read(this.mapper, this.validator, raw, PlatformEventPayload.class);
		PlatformEventIntake.Outcome outcome;
		// The order's id on every line logged while taking it in, and by the listeners
		// after.
		try (LogContext.Scope order = LogContext.with(LogContext.ORDER, event.order().id())) {
			// One event is a batch of one: the same transaction, the same retry of a lost
			// race (a copy of it, or another event of its order, committed meanwhile).
			java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
			outcome = take(() -> this.intake.take(event, attempts.getAndIncrement() > 0), "order");
		}
		return ResponseEntity.ok(Map.of("id", event.id(), "outcome", outcome.name().toLowerCase()));
	}

	@PostMapping(path = "/api/v1/platform/events/batch", consumes = "application/json")
	@Operation(summary = "Take in up to 100 order events at once",
			description = "{\"events\": [...]}, each event as for the single door, signed as a whole like it. "
					+ "Applied in one transaction, in order: a bad event refuses the whole batch (its index named) "
					+ "and changes nothing; an id taken before, or earlier in the batch, is a duplicate. "
					+ "A body over 16 times the single event's limit is 413.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = "application/json", schema = @Schema(implementation = PlatformEventBatch.class))))
	ResponseEntity<?> receiveBatch(
			@RequestHeader(name = PlatformSignature.HEADER, required = false) String signatureHeader,
			HttpServletRequest request) {
		int limit = (int) Math.min(Integer.MAX_VALUE - 1, (long) this.maxBytes * BATCH_FACTOR);
		if (request.getContentLengthLong() > limit) {
			return tooLarge(limit);
		}
		byte[] raw = read(request, limit);
		if (raw.length > limit) {
			return tooLarge(limit);
		}
		if (this.signature.check(signatureHeader, raw) instanceof PlatformSignature.Verdict.Refused refused) {
			return PlatformSignature.refusal(refused);
		}
		List<PlatformEventPayload> events = JsonInput.read(this.mapper, this.validator, raw, PlatformEventBatch.class)
			.events();
		java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
		List<PlatformEventIntake.Outcome> outcomes = take(
				() -> this.intake.takeAll(events, attempts.getAndIncrement() > 0), "events");
		List<Map<String, String>> answer = new java.util.ArrayList<>(events.size());
		for (int i = 0; i < events.size(); i++) {
			answer.add(Map.of("id", events.get(i).id(), "outcome", outcomes.get(i).name().toLowerCase()));
		}
		return ResponseEntity.ok(Map.of("events", answer));
	}

	/**
	 * A lost race (a copy of some of these events, or another event of one of their
	 * orders, committed meanwhile) is tried again in a new transaction, which then sees
	 * what the other committed: a copy is a duplicate. A violation that outlives the
	 * retries is no race: an event broke a rule of the store, and nothing changed (saying
	 * "duplicate" would hide that).
	 */
	private <T> T take(java.util.function.Supplier<T> intake, String field) {
		try {
			return this.retry.again(intake);
		}
		catch (DataIntegrityViolationException ex) {
			throw new io.yordam.common.InvalidInputException(field, "unstorable",
					"An order could not be stored as given; check its times and parties");
		}
	}

	/** At most one byte more than the limit: enough to know it was exceeded. */
	private byte[] read(HttpServletRequest request) {
		return read(request, this.maxBytes);
	}

	private static byte[] read(HttpServletRequest request, int limit) {
		try (InputStream in = request.getInputStream()) {
			return in.readNBytes(limit + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ResponseEntity<ProblemDetail> tooLarge() {
		return tooLarge(this.maxBytes);
	}

	private static ResponseEntity<ProblemDetail> tooLarge(int maxBytes) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"An event body may have at most " + maxBytes + " bytes");
		problem.setTitle("Body too large");
		problem.setType(URI.create("https://yordam.io/problems/max-body-size"));
		problem.setProperty("rule", "max-body-size");
		problem.setProperty("maxBytes", maxBytes);
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

}
