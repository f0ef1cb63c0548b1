/**
 * The weekly report: every Monday morning (a persisted timer) last week's figures from
 * the analytics (the dashboard's tiles against the week before, recurring problems,
 * knowledge gaps) go to each supervisor and admin with a mail address, in their language,
 * once per week and reader. Sent through {@link io.yordam.digest.StaffMail}, which the
 * email channel implements; off unless the channel is on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Weekly report")
package io.yordam.digest;
