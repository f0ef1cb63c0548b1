package io.yordam.demo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import tools.jackson.databind.ObjectMapper;

import io.yordam.common.InvalidInputException;
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
 * would: the signature over the raw body first, then the idempotency key.
 */
@RestController
@ConditionalOnBooleanProperty("yordam.demo.enabled")
@Tag(name = "Demo", description = "The built-in demo delivery platform")
class DemoWebhookController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String REFERENCE = "X-Platform-Reference";

	private final PlatformActions actions;

	private final PlatformSignature signature;

	private final ObjectMapper mapper;

	private final Validator validator;

	DemoWebhookController(PlatformActions actions, PlatformProperties properties, ObjectMapper mapper,
			Validator validator) {
		this.actions = actions;
		this.signature = properties.signature();
		this.mapper = mapper;
		this.validator = validator;
	}

	@PostMapping(path = "/demo/platform/webhook", consumes = "application/json")
	@Operation(summary = "Take one action from support (the fake platform's side)")
	ResponseEntity<?> receive(@RequestHeader(name = PlatformSignature.HEADER, required = false) String signatureHeader,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			@RequestBody(required = false) byte[] body) {
		byte[] raw = (body != null) ? body : new byte[0];
		if (!this.signature.verify(signatureHeader, raw)) {
			return PlatformSignature.refusal();
		}
		PlatformActions.ActionRequest request = JsonInput.read(this.mapper, this.validator, raw,
				PlatformActions.ActionRequest.class);
		String key = (idempotencyKey != null && !idempotencyKey.isBlank()) ? idempotencyKey : request.idempotencyKey();
		if (key == null || key.isBlank() || key.length() > 100) {
			throw new InvalidInputException(IDEMPOTENCY_KEY, "required",
					"An idempotency key of 1 to 100 characters is required");
		}
		PlatformActions.Receipt receipt = this.actions.receive(key, request);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header(REFERENCE, receipt.reference())
			.body(new Accepted(receipt.reference(), "accepted"));
	}

	record Accepted(String reference, String status) {
	}

}
