package io.yordam.push;

/** How a device is reached: one transport each. */
public enum DeviceKind {

	/** A browser's Web Push subscription (endpoint, p256dh, auth). */
	WEB_PUSH,
	/** The mobile app's Firebase Cloud Messaging registration token. */
	FCM

}
