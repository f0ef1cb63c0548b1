package io.yordam.orders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import tools.jackson.databind.ObjectMapper;

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

	private final PlatformEventIntake intake;

	private final PlatformSignature signature;

	private final ObjectMapper mapper;

	private final Validator validator;

	private final int maxBytes;

	PlatformEventController(PlatformEventIntake intake, PlatformProperties properties, ObjectMapper mapper,
			Validator validator, Clock clock) {
		this.intake = intake;
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
			outcome = this.intake.take(event);
		}
		catch (DataIntegrityViolationException ex) {
			if (!this.intake.taken(event.id())) {
				// Not a copy that raced in: the event broke a rule of the store, and its
				// transaction changed nothing. Saying "duplicate" would hide that.
				throw new io.yordam.common.InvalidInputException("order", "unstorable",
						"The order in this event could not be stored as given; check its times and parties");
			}
			// The same event id raced in twice; the other copy committed it.
			outcome = PlatformEventIntake.Outcome.DUPLICATE;
		}
		return ResponseEntity.ok(Map.of("id", event.id(), "outcome", outcome.name().toLowerCase()));
	}

	/** At most one byte more than the limit: enough to know it was exceeded. */
	private byte[] read(HttpServletRequest request) {
		try (InputStream in = request.getInputStream()) {
			return in.readNBytes(this.maxBytes + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ResponseEntity<ProblemDetail> tooLarge() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"An event body may have at most " + this.maxBytes + " bytes");
		problem.setTitle("Body too large");
		problem.setType(URI.create("https://yordam.io/problems/max-body-size"));
		problem.setProperty("rule", "max-body-size");
		problem.setProperty("maxBytes", this.maxBytes);
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

}
