package io.yordam.push;

/** How a device is reached: one transport each. */
public enum DeviceKind {

	/** A browser's Web Push subscription (endpoint, p256dh, auth). */
	WEB_PUSH,
	/** The mobile app's Firebase Cloud Messaging registration token. */
	FCM,
	/**
	 * A Telegram chat linked to the customer (its chat id): registered by the Telegram
	 * channel when the chat is linked, never through the push API.
	 */
	TELEGRAM

}
