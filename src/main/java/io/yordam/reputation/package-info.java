/**
 * Reputation: public reviews (app stores, map listings, the platform's in-app order
 * ratings) taken in by an import API (JSON, CSV) and a signed platform door, once per
 * source and external id; each matched to a customer and an order where it can be, read
 * by the bot's language and intent models, and, when bad, opened as a ticket on the
 * review channel with its own SLA. The agent's public answer is drafted from macros in
 * the review's language and recorded. Publishes
 * {@link io.yordam.reputation.ReviewReceived} for analytics; supervisors read the rating
 * trend and the reasons behind it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reputation")
package io.yordam.reputation;
