package io.yordam.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Telegram channel's settings ({@code yordam.telegram.*}).
 *
 * @param token the bot's token from @BotFather
 * @param apiUrl Telegram's Bot API (a local server in tests and in the demo)
 * @param botUsername the bot's @username, for deep links ({@code t.me/<name>?start=…})
 * @param webhookUrl the public address Telegram posts updates to; empty: long polling
 * (one node without a public address)
 * @param webhookSecret what Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
 * (1–256 characters of A–Z, a–z, 0–9, _ and -); required with a webhook
 * @param linkSecret the HMAC secret of the deep links that link a chat to a platform
 * account (at least 16 characters; the platform may sign them itself)
 * @param linkValidity how long a deep link can be used
 * @param pollTimeout how long one getUpdates waits for an update (long polling)
 * @param pollEvery the pause between two rounds of polling
 */
@ConfigurationProperties("yordam.telegram")
record TelegramProperties(@DefaultValue("false") boolean enabled, @DefaultValue("") String token,
		@DefaultValue("https://api.telegram.org") String apiUrl, @DefaultValue("") String botUsername,
		@DefaultValue("") String webhookUrl, @DefaultValue("") String webhookSecret,
		@DefaultValue("") String linkSecret, @DefaultValue("PT30M") Duration linkValidity,
		@DefaultValue("PT10S") Duration pollTimeout, @DefaultValue("PT1S") Duration pollEvery,
		@DefaultValue("PT2S") Duration retryFirst, @DefaultValue("PT10M") Duration retryMax) {

	boolean webhook() {
		return !this.webhookUrl.isBlank();
	}

}
