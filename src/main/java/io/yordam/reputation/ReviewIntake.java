package io.yordam.reputation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.yordam.common.InvalidInputException;

/**
 * Takes reviews in, a batch at a time: every review is checked before any is written (a
 * bad one refuses the batch, named by its path, and nothing of it is stored); each new
 * one is matched, read by the bot's models, stored once per source and external id, and
 * announced ({@link ReviewReceived}); a negative one is also handed to
 * {@link ReviewTicketing} after the commit.
 */
@Service
class ReviewIntake {

	static final int MAX_BATCH = 1000;

	/**
	 * A review with the path its problems are named by ({@code reviews[2].},
	 * {@code rows[3].}).
	 */
	record At(String path, ReviewInput input) {
	}

	/** What became of one review: {@code created} false for one taken before. */
	record Outcome(UUID id, ReviewSource source, String externalId, boolean created) {
	}

	private final ReviewStore store;

	private final ReviewMatching matching;

	private final ReviewReading reading;

	private final NegativeReviewPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewIntake(ReviewStore store, ReviewMatching matching, ReviewReading reading, NegativeReviewPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.matching = matching;
		this.reading = reading;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public List<Outcome> take(List<At> reviews, List<String> names) {
		if (reviews.size() > MAX_BATCH) {
			throw new InvalidInputException("reviews", "max-batch", "At most " + MAX_BATCH + " reviews at once");
		}
		Instant now = this.clock.instant();
		List<InvalidInputException.Violation> violations = new ArrayList<>();
		List<NewReview> valid = new ArrayList<>();
		for (At at : reviews) {
			at.input().check(at.path(), names, now, violations).ifPresent(valid::add);
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return valid.stream().map(review -> takeOne(review, now)).toList();
	}

	private Outcome takeOne(NewReview review, Instant now) {
		Optional<UUID> known = this.store.idOf(review.source(), review.externalId());
		if (known.isPresent()) {
			return new Outcome(known.get(), review.source(), review.externalId(), false);
		}
		ReviewReading.Read read = this.reading.read(review.text());
		ReviewMatching.Match match = this.matching.match(review);
		boolean negative = this.policy.decide(review.rating()) instanceof NegativeReviewPolicy.Verdict.Answer;
		UUID id = UUID.randomUUID();
		if (!this.store.insert(id, review, read, match, negative, now)) {
			UUID first = this.store.idOf(review.source(), review.externalId()).orElseThrow();
			return new Outcome(first, review.source(), review.externalId(), false);
		}
		this.events
			.publishEvent(new ReviewReceived(id, review.source(), review.rating(), read.language(), read.reason(),
					match.customerId(), match.orderId(), match.restaurant(), match.city(), review.postedAt()));
		if (negative) {
			this.events.publishEvent(new NegativeReviewTaken(id));
		}
		return new Outcome(id, review.source(), review.externalId(), true);
	}

	/** A negative review stored: its ticket opens after the commit. */
	record NegativeReviewTaken(UUID reviewId) {
	}

}
