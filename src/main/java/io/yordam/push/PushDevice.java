package io.yordam.push;

import java.util.UUID;

/**
 * A registered device as its transport needs it.
 *
 * @param id the device's row
 * @param kind its transport
 * @param address a Web Push endpoint URL or an FCM token
 * @param p256dh the subscription's public key (Web Push only, base64url)
 * @param auth the subscription's auth secret (Web Push only, base64url)
 */
public record PushDevice(UUID id, DeviceKind kind, String address, String p256dh, String auth) {

	@Override
	public String toString() {
		// The address is a capability: whoever has it can push to the device.
		return "PushDevice[" + this.id + " " + this.kind + "]";
	}

}
