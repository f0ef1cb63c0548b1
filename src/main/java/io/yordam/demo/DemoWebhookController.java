package io.yordam.demo;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import tools.jackson.databind.ObjectMapper;

import io.yordam.common.JsonInput;
import io.yordam.orders.PlatformProperties;
import io.yordam.orders.PlatformSignature;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo platform's webhook for support's actions, checked the way a real platform
 * should: the signature over the timestamp and the raw body first (refused when it is
 * older than the tolerance), then the idempotency key, taken only from the signed body.
 * An {@code Idempotency-Key} header is ignored: anyone replaying a captured request could
 * set it to a fresh value and have the action done again.
 */
@RestController
@ConditionalOnBooleanProperty("yordam.demo.enabled")
@Tag(name = "Demo", description = "The built-in demo delivery platform")
class DemoWebhookController {

	static final String REFERENCE = "X-Platform-Reference";

	private final PlatformActions actions;

	private final PlatformSignature signature;

	private final ObjectMapper mapper;

	private final Validator validator;

	DemoWebhookController(PlatformActions actions, PlatformProperties properties, ObjectMapper mapper,
			Validator validator, Clock clock) {
		this.actions = actions;
		this.signature = properties.signature(clock);
		this.mapper = mapper;
		this.validator = validator;
	}

	@PostMapping(path = "/demo/platform/webhook", consumes = "application/json")
	@Operation(summary = "Take one action from support (the fake platform's side)")
	ResponseEntity<?> receive(@RequestHeader(name = PlatformSignature.HEADER, required = false) String signatureHeader,
			@RequestBody(required = false) byte[] body) {
		byte[] raw = (body != null) ? body : new byte[0];
		if (this.signature.check(signatureHeader, raw) instanceof PlatformSignature.Verdict.Refused refused) {
			return PlatformSignature.refusal(refused);
		}
		PlatformActions.ActionRequest request = JsonInput.read(this.mapper, this.validator, raw,
				PlatformActions.ActionRequest.class);
		PlatformActions.Receipt receipt = this.actions.receive(request.idempotencyKey(), request);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header(REFERENCE, receipt.reference())
			.body(new Accepted(receipt.reference(), "accepted"));
	}

	record Accepted(String reference, String status) {
	}

}
