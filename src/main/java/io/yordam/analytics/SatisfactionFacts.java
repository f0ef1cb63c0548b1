package io.yordam.analytics;

import io.yordam.feedback.NpsAnswered;
import io.yordam.feedback.TicketRated;
import io.yordam.reputation.ReviewReceived;

import org.springframework.stereotype.Component;

/**
 * What customers said of the service: ratings of solved tickets (under the agent who had
 * the ticket or the bot, the channel, and the order's city, restaurant and courier), NPS
 * answers (under the city) and public reviews (under the city and restaurant). Each is
 * counted once, by its own id.
 */
@Component
class SatisfactionFacts {

	private final Rollups rollups;

	private final TicketRows rows;

	SatisfactionFacts(Rollups rollups, TicketRows rows) {
		this.rollups = rollups;
		this.rows = rows;
	}

	void rated(TicketRated rated) {
		if (!this.rollups.once("csat:" + rated.surveyId(), rated.ratedAt())) {
			return;
		}
		Dimensions dims = Dimensions.desk()
			.with(Dimension.AGENT, rated.solvedByBot() ? TicketFacts.BOT : rated.operatorId())
			.with(Dimension.CHANNEL, (rated.channel() != null) ? rated.channel().name() : null)
			.with(Dimension.CITY, rated.city())
			.with(Dimension.RESTAURANT, rated.restaurant())
			.with(Dimension.COURIER, rated.courier());
		this.rollups.add(Metric.CSAT, rated.ratedAt(), dims, rated.score());
		if (rated.score() >= 4) {
			this.rollups.add(Metric.CSAT_SATISFIED, rated.ratedAt(), dims, 1);
		}
		this.rows.rated(rated.ticketId().value(), rated.ratedAt(), rated.score());
	}

	void answered(NpsAnswered answer) {
		if (!this.rollups.once("nps:" + answer.answerId(), answer.answeredAt())) {
			return;
		}
		Dimensions dims = Dimensions.desk().with(Dimension.CITY, answer.city());
		this.rollups.add(Metric.NPS, answer.answeredAt(), dims, answer.score());
		if (answer.score() >= 9) {
			this.rollups.add(Metric.NPS_PROMOTERS, answer.answeredAt(), dims, 1);
		}
		else if (answer.score() <= 6) {
			this.rollups.add(Metric.NPS_DETRACTORS, answer.answeredAt(), dims, 1);
		}
	}

	void reviewed(ReviewReceived review) {
		if (!this.rollups.once("review:" + review.reviewId(), review.postedAt())) {
			return;
		}
		Dimensions dims = Dimensions.desk()
			.with(Dimension.CITY, review.city())
			.with(Dimension.RESTAURANT, review.restaurant());
		this.rollups.add(Metric.REVIEWS, review.postedAt(), dims, review.rating());
	}

}
