package io.yordam.webpush;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.yordam.access.PlatformUser;
import io.yordam.push.DeviceKind;
import io.yordam.push.PushDevices;

/**
 * The signed-in customer's browser subscriptions: the widget asks for the server's VAPID
 * key, subscribes the browser with it, and hands the subscription over (again and again:
 * one row per endpoint). Unsubscribing removes only one's own.
 */
@RestController
@ConditionalOnBooleanProperty("yordam.webpush.enabled")
class WebPushController {

	private final PushDevices devices;

	private final Subscriptions subscriptions;

	private final String publicKey;

	WebPushController(PushDevices devices, Subscriptions subscriptions, WebPushProperties properties) {
		this.devices = devices;
		this.subscriptions = subscriptions;
		this.publicKey = properties.vapidPublicKey();
	}

	record VapidKey(String publicKey) {
	}

	record Keys(String p256dh, String auth) {
	}

	record Subscription(String endpoint, @NotNull Keys keys) {
	}

	record Registered(UUID id) {
	}

	@GetMapping("/api/v1/me/push/vapid-key")
	VapidKey vapidKey() {
		return new VapidKey(this.publicKey);
	}

	@PostMapping("/api/v1/me/push/subscriptions")
	ResponseEntity<Registered> subscribe(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody Subscription body) {
		this.subscriptions.check(body.endpoint(), body.keys().p256dh(), body.keys().auth());
		UUID id = this.devices.register(PlatformUser.from(jwt).participant(), DeviceKind.WEB_PUSH, body.endpoint(),
				body.keys().p256dh(), body.keys().auth());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(id));
	}

	@DeleteMapping("/api/v1/me/push/subscriptions")
	ResponseEntity<Void> unsubscribe(@AuthenticationPrincipal Jwt jwt, @RequestParam String endpoint) {
		this.subscriptions.checkEndpoint(endpoint);
		// 204 whether or not it was there: a retried DELETE succeeds, and someone else's
		// endpoint is neither removed nor confirmed to exist.
		this.devices.unregister(PlatformUser.from(jwt).participant(), DeviceKind.WEB_PUSH, endpoint);
		return ResponseEntity.noContent().build();
	}

}
