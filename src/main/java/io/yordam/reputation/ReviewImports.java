package io.yordam.reputation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;

/**
 * The two import formats, for the API and the page alike: JSON (one review, or
 * {@code {"reviews": [...]}}) and a CSV file. Field names in problems are the format's
 * own: {@code reviews[2].rating}, {@code rows[3].posted_at}.
 */
@Component
class ReviewImports {

	static final List<String> JSON_NAMES = List.of("source", "externalId", "rating", "text", "authorName", "postedAt",
			"customerId", "orderId", "phone");

	private final ReviewIntake intake;

	private final int maxCsvBytes;

	ReviewImports(ReviewIntake intake, ReputationProperties properties) {
		this.intake = intake;
		this.maxCsvBytes = properties.maxCsvBytes();
	}

	Result json(ImportBody body, OperatorPrincipal by) {
		by.require(StaffAction.IMPORT_REVIEWS);
		List<ReviewIntake.At> reviews = new ArrayList<>();
		if (body.reviews() != null) {
			if (body.source() != null || body.externalId() != null) {
				throw new InvalidInputException("reviews", "one-or-batch",
						"Either one review or {\"reviews\": [...]}, not both");
			}
			for (int i = 0; i < body.reviews().size(); i++) {
				ImportBody.Review review = body.reviews().get(i);
				if (review == null) {
					throw new InvalidInputException("reviews[" + i + "]", "required", "A review object");
				}
				reviews.add(new ReviewIntake.At("reviews[" + i + "].", review.input()));
			}
			if (reviews.isEmpty()) {
				throw new InvalidInputException("reviews", "required", "At least one review");
			}
		}
		else {
			reviews.add(new ReviewIntake.At("", body.single()));
		}
		return Result.of(this.intake.take(reviews, JSON_NAMES));
	}

	Result csv(MultipartFile file, OperatorPrincipal by) {
		by.require(StaffAction.IMPORT_REVIEWS);
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "required", "A CSV file");
		}
		if (file.getSize() > this.maxCsvBytes) {
			throw new InvalidInputException("file", "max-size", "At most " + this.maxCsvBytes + " bytes");
		}
		byte[] data;
		try {
			data = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<ReviewIntake.At> reviews = ReviewCsv.parse(data)
			.stream()
			.map(row -> new ReviewIntake.At("rows[" + row.number() + "].", row.input()))
			.toList();
		return Result.of(this.intake.take(reviews, ReviewCsv.COLUMNS));
	}

	/**
	 * What an import did: how many were new, how many taken before, and each one's id.
	 */
	record Result(int created, int duplicates, List<Item> reviews) {

		record Item(java.util.UUID id, ReviewSource source, String externalId, String outcome) {
		}

		static Result of(List<ReviewIntake.Outcome> outcomes) {
			int created = (int) outcomes.stream().filter(ReviewIntake.Outcome::created).count();
			return new Result(created, outcomes.size() - created,
					outcomes.stream()
						.map(o -> new Item(o.id(), o.source(), o.externalId(), o.created() ? "created" : "duplicate"))
						.toList());
		}

	}

}
