/**
 * The Telegram channel, a plug-in: a Telegram bot's chats become conversations of the
 * same tickets, answered by the same support bot (quick replies as inline keyboards) and
 * by agents from the same ticket view. Updates come by webhook (Telegram's secret-token
 * header checked) or by long polling; support's messages leave through an outbox, in
 * order per chat, retried on 429. Off unless {@code yordam.telegram.enabled}; nothing
 * else in Yordam names it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram channel")
package io.yordam.telegram;
