/**
 * Feedback: after every solved ticket a 1–5 rating with an optional comment (CSAT), asked
 * once per resolution on the channel the ticket came by; a low rating opens a follow-up
 * for a supervisor under a policy admins change; after a delivered order, a sample of
 * customers is asked how likely they are to recommend the service (NPS), nobody more
 * often than the interval allows. Publishes {@link io.yordam.feedback.TicketRated} and
 * {@link io.yordam.feedback.NpsAnswered} for analytics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package io.yordam.feedback;
