package io.yordam.fcm;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.yordam.access.PlatformUser;
import io.yordam.push.DeviceKind;
import io.yordam.push.PushDevices;

/**
 * The signed-in user's app installs: the mobile app registers its FCM token after sign-in
 * and whenever FCM rotates it (one row per token), and removes it at sign-out.
 */
@RestController
@Validated
@ConditionalOnBooleanProperty("yordam.fcm.enabled")
class FcmDeviceController {

	/** What FCM tokens are made of; the length leaves room for their growth. */
	static final String TOKEN = "[A-Za-z0-9_:\\-]{20,4096}";

	private final PushDevices devices;

	FcmDeviceController(PushDevices devices) {
		this.devices = devices;
	}

	record Device(@NotNull @Pattern(regexp = TOKEN) String token) {
	}

	record Registered(UUID id) {
	}

	@PostMapping("/api/v1/me/push/devices")
	ResponseEntity<Registered> register(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody Device body) {
		UUID id = this.devices.register(PlatformUser.from(jwt).participant(), DeviceKind.FCM, body.token(), null, null);
		return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(id));
	}

	/** 204 whether or not it was there (as Web Push's unsubscribe). */
	@DeleteMapping("/api/v1/me/push/devices")
	ResponseEntity<Void> unregister(@AuthenticationPrincipal Jwt jwt,
			@RequestParam @Pattern(regexp = TOKEN) String token) {
		this.devices.unregister(PlatformUser.from(jwt).participant(), DeviceKind.FCM, token);
		return ResponseEntity.noContent().build();
	}

}
