package io.yordam.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.yordam.common.ConflictRetry;
import io.yordam.common.InvalidInputException;
import io.yordam.common.JsonInput;
import io.yordam.orders.PlatformSignature;

/**
 * The CTI webhook any cloud PBX can call: one call event a post, signed like the
 * platform's events ({@code X-Yordam-Signature: t=…,v1=…}, HMAC-SHA256 of
 * {@code "<t>." + body} with {@code yordam.phone.cti-secret}). Closed (404) without a
 * secret. An unsigned or wrongly signed event, or one signed longer ago than the
 * tolerance (a replay), is refused, logged and counted; a second post of an event id
 * taken before is a duplicate that changes nothing. Either way no event that was sent
 * properly is lost: the PBX's retry of a refused one is taken.
 */
@RestController
@ConditionalOnBooleanProperty("yordam.phone.enabled")
class CtiController {

	private static final Logger log = LoggerFactory.getLogger(CtiController.class);

	private static final int MAX_BYTES = 16 * 1024;

	private final PlatformSignature signature;

	private final CallIntake intake;

	private final ObjectMapper mapper;

	private final Validator validator;

	private final ConflictRetry retry;

	private final MeterRegistry meters;

	CtiController(PhoneProperties properties, CallIntake intake, ObjectMapper mapper, Validator validator,
			ConflictRetry retry, MeterRegistry meters, Clock clock) {
		this.signature = properties.ctiSecret().isBlank() ? null
				: new PlatformSignature(properties.ctiSecret(), properties.tolerance(), clock);
		this.intake = intake;
		this.mapper = mapper;
		this.validator = validator;
		this.retry = retry;
		this.meters = meters;
	}

	@PostMapping(path = "/api/v1/channels/phone/events")
	ResponseEntity<?> receive(@RequestHeader(name = PlatformSignature.HEADER, required = false) String signatureHeader,
			HttpServletRequest request) {
		if (this.signature == null) {
			return ResponseEntity.notFound().build();
		}
		byte[] raw = read(request);
		if (this.signature.check(signatureHeader, raw) instanceof PlatformSignature.Verdict.Refused refused) {
			log.warn("CTI event refused from {}: {}; nothing taken", request.getRemoteAddr(), refused.reason());
			count((refused.reason() == PlatformSignature.Verdict.Reason.EXPIRED) ? "replayed" : "unsigned");
			return PlatformSignature.refusal(refused);
		}
		CtiEvent event;
		try {
			if (raw.length > MAX_BYTES) {
				throw new InvalidInputException("$", "max-body-size",
						"A CTI event has at most " + MAX_BYTES + " bytes");
			}
			event = JsonInput.read(this.mapper, this.validator, raw, CtiEvent.class);
			if (event.type() == CtiEvent.Type.ANSWERED && (event.extension() == null || event.extension().isBlank())) {
				throw new InvalidInputException("extension", "required", "An answered call names its extension");
			}
		}
		catch (InvalidInputException ex) {
			log.warn("CTI event refused: {}", ex.getMessage());
			count("invalid");
			throw ex;
		}
		CallIntake.Outcome outcome = this.retry.again(() -> this.intake.take(event));
		String word = outcome.name().toLowerCase(Locale.ROOT);
		count(word);
		return ResponseEntity.ok(Map.of("eventId", event.eventId(), "outcome", word));
	}

	private void count(String outcome) {
		this.meters.counter("yordam.phone.cti.events", "outcome", outcome).increment();
	}

	private static byte[] read(HttpServletRequest request) {
		try (InputStream in = request.getInputStream()) {
			return in.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
