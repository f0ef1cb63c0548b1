/**
 * Notices: what Yordam tells a customer before they have to ask (issue 17) — the order is
 * late, its arrival time moved, an item was cancelled, the courier is near, the order was
 * delivered, the card was declined — decided by policies admins edit, sent once per order
 * and reason, within the customer's preferences, quiet hours and rate limit, and recorded
 * on the customer's timeline. It publishes {@link io.yordam.notices.NoticeIssued}; the
 * delivery channels (in-app, Web Push, mobile push, Telegram) listen to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices")
package io.yordam.notices;
