package io.yordam.reputation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.yordam.common.InvalidInputException;
import io.yordam.common.JsonInput;
import io.yordam.orders.PlatformProperties;
import io.yordam.orders.PlatformSignature;

/**
 * The platform's own order ratings (its app's "rate your order"), signed like its order
 * events and taken as {@link ReviewSource#IN_APP} reviews: the rating's id is the
 * review's external id, so a redelivery is a duplicate. A door of its own rather than an
 * order event type: a rating carries no order snapshot, and the order events' contract
 * stays as it is (docs/integration.md).
 */
@RestController
@Tag(name = "Platform")
class PlatformRatingController {

	/** A rating is a few hundred bytes; a comment at most 4000 characters. */
	static final int MAX_BYTES = 32 * 1024;

	static final List<String> NAMES = List.of("source", "id", "rating", "comment", "customerName", "ratedAt",
			"customerId", "orderId", "phone");

	private final ReviewIntake intake;

	private final PlatformSignature signature;

	private final ObjectMapper mapper;

	private final Validator validator;

	PlatformRatingController(ReviewIntake intake, PlatformProperties properties, ObjectMapper mapper,
			Validator validator, Clock clock) {
		this.intake = intake;
		this.signature = properties.signature(clock);
		this.mapper = mapper;
		this.validator = validator;
	}

	/** {@code customerId} and {@code orderId} are the platform's own ids. */
	record RatingPayload(String id, String orderId, String customerId, String customerName, Integer rating,
			String comment, String ratedAt) {

		ReviewInput input() {
			return new ReviewInput(ReviewSource.IN_APP.name(), this.id,
					(this.rating != null) ? this.rating.toString() : null, this.comment, this.customerName,
					this.ratedAt, this.customerId, this.orderId, null);
		}

	}

	@PostMapping(path = "/api/v1/platform/ratings", consumes = "application/json")
	@Operation(summary = "Take in one order rating from the platform's app",
			description = "Signed as the order events are (X-Yordam-Signature). A repeated id answers \"duplicate\".")
	ResponseEntity<?> receive(@RequestHeader(name = PlatformSignature.HEADER, required = false) String header,
			HttpServletRequest request) {
		byte[] raw = read(request);
		if (raw.length > MAX_BYTES) {
			throw new InvalidInputException("$", "max-body-size", "At most " + MAX_BYTES + " bytes");
		}
		if (this.signature.check(header, raw) instanceof PlatformSignature.Verdict.Refused refused) {
			return PlatformSignature.refusal(refused);
		}
		RatingPayload rating = JsonInput.read(this.mapper, this.validator, raw, RatingPayload.class);
		if (rating.orderId() == null || rating.orderId().isBlank()) {
			throw new InvalidInputException("orderId", "required", "The rated order's id");
		}
		ReviewIntake.Outcome outcome = this.intake.take(List.of(new ReviewIntake.At("", rating.input())), NAMES).get(0);
		return ResponseEntity.ok(new ReviewImports.Result.Item(outcome.id(), outcome.source(), outcome.externalId(),
				outcome.created() ? "created" : "duplicate"));
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
