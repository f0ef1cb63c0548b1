package io.yordam.analytics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.access.Participant;
import io.yordam.common.ConflictRetry;
import io.yordam.conversations.Channel;
import io.yordam.feedback.NpsAnswered;
import io.yordam.feedback.TicketRated;
import io.yordam.reputation.ReviewReceived;
import io.yordam.reputation.ReviewSource;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import io.yordam.tickets.TicketId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ratings, NPS answers and reviews in the rollups: each counted once however often its
 * event comes (eight deliveries at once), under the agent or the bot and the order's
 * city; and the KPIs read from them.
 */
@YordamTest
class SatisfactionFactsTests {

	static final Instant AT = Instant.parse("2031-05-04T10:15:00Z");

	static final LocalDateTime FROM = LocalDateTime.parse("2031-05-04T00:00");

	static final LocalDateTime TO = LocalDateTime.parse("2031-05-05T00:00");

	@Autowired
	SatisfactionFacts facts;

	@Autowired
	RollupReader rollups;

	@Autowired
	ConflictRetry retry;

	@Test
	void aRatingDeliveredEightTimesAtOnceCountsOnceUnderItsAgentAndCity() throws Exception {
		String city = "city-" + UUID.randomUUID();
		String agent = UUID.randomUUID().toString();
		TicketRated low = rating(agent, false, city, 2);
		TicketRated byBot = rating(null, true, city, 5);
		List<Callable<Boolean>> deliveries = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			TicketRated event = (i % 2 == 0) ? low : byBot;
			deliveries.add(() -> {
				this.retry.run(() -> this.facts.rated(event));
				return true;
			});
		}
		Parallel.all(deliveries);

		Totals inCity = this.rollups.of(Dimension.CITY, city, FROM, TO);
		assertThat(inCity.count(Metric.CSAT)).isEqualTo(2);
		assertThat(inCity.sum(Metric.CSAT)).isEqualTo(7);
		assertThat(inCity.count(Metric.CSAT_SATISFIED)).isEqualTo(1);
		assertThat(Kpi.CSAT_AVERAGE.of(inCity)).isEqualTo(3.5);
		assertThat(Kpi.CSAT_SATISFIED.of(inCity)).isEqualTo(50.0);
		assertThat(this.rollups.of(Dimension.AGENT, agent, FROM, TO).sum(Metric.CSAT)).isEqualTo(2);
		assertThat(this.rollups.of(Dimension.AGENT, TicketFacts.BOT, FROM, TO).count(Metric.CSAT))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void npsIsPromotersLessDetractorsAndReviewsAverageTheirStars() {
		String city = "city-" + UUID.randomUUID();
		int[] answers = { 10, 9, 8, 7, 3 };
		for (int score : answers) {
			NpsAnswered answer = new NpsAnswered(UUID.randomUUID(), Participant.customer("c-nps"), score, null, city,
					AT);
			this.retry.run(() -> this.facts.answered(answer));
			this.retry.run(() -> this.facts.answered(answer));
		}
		this.retry.run(() -> this.facts.reviewed(review(city, 1)));
		ReviewReceived good = review(city, 4);
		this.retry.run(() -> this.facts.reviewed(good));
		this.retry.run(() -> this.facts.reviewed(good));

		Totals inCity = this.rollups.of(Dimension.CITY, city, FROM, TO);
		assertThat(inCity.count(Metric.NPS)).isEqualTo(5);
		// Two promoters and one detractor of five: 40 % - 20 %.
		assertThat(Kpi.NPS.of(inCity)).isEqualTo(20.0);
		assertThat(inCity.count(Metric.REVIEWS)).isEqualTo(2);
		assertThat(Kpi.REVIEW_RATING.of(inCity)).isEqualTo(2.5);
	}

	private static TicketRated rating(String agent, boolean byBot, String city, int score) {
		return new TicketRated(UUID.randomUUID(), new TicketId(UUID.randomUUID()), 1, 0,
				Participant.customer("c-" + UUID.randomUUID()), score, null, agent, null, byBot, null, null, "Rayhon",
				"Bobur", city, Channel.CHAT, "ru", AT);
	}

	private static ReviewReceived review(String city, int stars) {
		return new ReviewReceived(UUID.randomUUID(), ReviewSource.GOOGLE_PLAY, stars, "ru", null, null, null, null,
				city, AT);
	}

}
