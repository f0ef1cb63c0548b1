package io.yordam.telegram;

import java.time.Duration;

/**
 * Telegram answered {@code "ok": false} (or not at all). {@code retryAfter} is set when
 * it asks to wait (429, flood control): the send is tried again after exactly that long.
 */
class BotApiException extends RuntimeException {

	private final int errorCode;

	private final Duration retryAfter;

	BotApiException(int errorCode, String description, Duration retryAfter) {
		super("Telegram " + errorCode + ": " + description);
		this.errorCode = errorCode;
		this.retryAfter = retryAfter;
	}

	int errorCode() {
		return this.errorCode;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * Telegram will never take it (a chat that blocked the bot, a message it refuses):
	 * trying again changes nothing.
	 */
	boolean final_() {
		return this.errorCode == 400 || this.errorCode == 403;
	}

}
