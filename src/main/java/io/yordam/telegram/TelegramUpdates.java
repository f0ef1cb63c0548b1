package io.yordam.telegram;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import io.yordam.common.ConflictRetry;
import io.yordam.common.InvalidInputException;

/**
 * One update, however it came (webhook or poll): the photo fetched first (outside the
 * transaction, within the chat's image limit), then taken, then the tapped button's
 * spinner stopped. Each outcome is counted.
 */
class TelegramUpdates {

	private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

	private final BotApi api;

	private final TelegramIntake intake;

	private final ConflictRetry retry;

	private final MeterRegistry meters;

	private final int maxImageBytes;

	TelegramUpdates(BotApi api, TelegramIntake intake, ConflictRetry retry, MeterRegistry meters, int maxImageBytes) {
		this.api = api;
		this.intake = intake;
		this.retry = retry;
		this.meters = meters;
		this.maxImageBytes = maxImageBytes;
	}

	TelegramIntake.Outcome take(JsonNode json) {
		TelegramUpdate update = TelegramUpdate.of(json);
		byte[] image = null;
		if (update instanceof TelegramUpdate.Photo photo) {
			try {
				image = this.api.download(photo.fileId(), this.maxImageBytes);
				image = (image.length > this.maxImageBytes) ? null : image;
			}
			catch (BotApiException ex) {
				log.warn("A photo in Telegram chat {} could not be fetched: {}", photo.chatId(), ex.getMessage());
			}
		}
		byte[] fetched = image;
		TelegramIntake.Outcome outcome;
		try {
			outcome = this.retry.again(() -> this.intake.take(update, fetched));
		}
		catch (InvalidInputException ex) {
			// Too long, or too many too fast: the update is taken as refused (a poll must
			// not ask for it for ever), and the user is told why.
			String rule = ex.violations().isEmpty() ? "invalid" : ex.violations().get(0).rule();
			log.info("Telegram update {} refused: {}", update.updateId(), rule);
			outcome = this.retry.again(() -> this.intake.refuse(update, rule));
		}
		this.meters.counter("yordam.telegram.inbound", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
		if (update instanceof TelegramUpdate.Tap tap && !tap.callbackId().isEmpty()) {
			try {
				this.api.answerCallbackQuery(tap.callbackId());
			}
			catch (BotApiException ex) {
				// Only the button's spinner: it stops by itself.
				log.debug("answerCallbackQuery failed: {}", ex.getMessage());
			}
		}
		return outcome;
	}

}
