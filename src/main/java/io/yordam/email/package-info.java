/**
 * The email channel, a plug-in: mail to the support mailbox (read over IMAP) becomes
 * messages of tickets, threaded by In-Reply-To, References and the ticket number in the
 * subject; agents' replies leave as proper mail through an outbox. Off unless
 * {@code yordam.email.enabled}; nothing else in Yordam names it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Email channel")
package io.yordam.email;
