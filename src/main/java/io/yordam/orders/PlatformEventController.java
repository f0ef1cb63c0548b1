package io.yordam.orders;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import tools.jackson.databind.ObjectMapper;

import io.yordam.common.JsonInput;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's inbound webhook. The body is read raw because the signature covers the
 * exact bytes sent; it is verified before anything is parsed.
 */
@RestController
@Tag(name = "Platform", description = "Order events from the delivery platform")
class PlatformEventController {

	private final PlatformEventIntake intake;

	private final PlatformSignature signature;

	private final ObjectMapper mapper;

	private final Validator validator;

	PlatformEventController(PlatformEventIntake intake, PlatformProperties properties, ObjectMapper mapper,
			Validator validator) {
		this.intake = intake;
		this.signature = properties.signature();
		this.mapper = mapper;
		this.validator = validator;
	}

	@PostMapping(path = "/api/v1/platform/events", consumes = "application/json")
	@Operation(summary = "Take in one order event", description = "Signed with HMAC-SHA256 of the raw body. "
			+ "A repeated event id answers 200 and changes nothing.")
	ResponseEntity<?> receive(
			@Parameter(description = "sha256=<hex HMAC of the raw body>") @RequestHeader(
					name = PlatformSignature.HEADER, required = false) String signatureHeader,
			@RequestBody(required = false) byte[] body) {
		byte[] raw = (body != null) ? body : new byte[0];
		if (!this.signature.verify(signatureHeader, raw)) {
			return PlatformSignature.refusal();
		}
		PlatformEventPayload event = JsonInput.read(this.mapper, this.validator, raw, PlatformEventPayload.class);
		PlatformEventIntake.Outcome outcome;
		try {
			outcome = this.intake.take(event);
		}
		catch (DataIntegrityViolationException ex) {
			// The same event id raced in twice; the other copy committed it.
			outcome = PlatformEventIntake.Outcome.DUPLICATE;
		}
		return ResponseEntity.ok(Map.of("id", event.id(), "outcome", outcome.name().toLowerCase()));
	}

}
