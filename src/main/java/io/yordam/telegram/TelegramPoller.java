package io.yordam.telegram;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Long polling, for a node without a public address: a persisted recurring timer runs one
 * round at a time across nodes; each round asks for the updates after the last one taken
 * (getUpdates' offset confirms the earlier ones to Telegram) and takes them in order. An
 * update that cannot be taken stops the round; the next round asks for it again.
 */
class TelegramPoller {

	private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);

	private final BotApi api;

	private final TelegramUpdates updates;

	private final JdbcClient jdbc;

	private final TelegramProperties properties;

	private final MeterRegistry meters;

	private volatile boolean webhookRemoved;

	TelegramPoller(BotApi api, TelegramUpdates updates, JdbcClient jdbc, TelegramProperties properties,
			MeterRegistry meters) {
		this.api = api;
		this.updates = updates;
		this.jdbc = jdbc;
		this.properties = properties;
		this.meters = meters;
	}

	void poll() {
		try {
			if (!this.webhookRemoved) {
				// Telegram refuses getUpdates while a webhook is set (409).
				this.api.deleteWebhook();
				this.webhookRemoved = true;
			}
			List<JsonNode> batch = this.api.getUpdates(offset(), this.properties.pollTimeout());
			for (JsonNode update : batch) {
				this.updates.take(update);
			}
		}
		catch (BotApiException ex) {
			this.meters.counter("yordam.telegram.poll", "outcome", "failed").increment();
			log.warn("Polling Telegram failed; the next round tries again: {}", ex.getMessage());
		}
	}

	/** The update after the last one taken. */
	private long offset() {
		return this.jdbc.sql("select coalesce(max(update_id), -1) + 1 from telegram_updates")
			.query(Long.class)
			.single();
	}

}
