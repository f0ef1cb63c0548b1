package io.yordam.notifications;

import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.yordam.access.OperatorPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in operator's notifications and settings: always their own (the operator
 * comes from the session or token, never from the request).
 */
@RestController
@Tag(name = "Notifications", description = "What needs you: hand-offs, customers' replies, approvals")
class NotificationController {

	private final NotificationInbox inbox;

	NotificationController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/v1/agent/me/notifications")
	@Operation(summary = "Your unread counts, your latest notifications and your settings")
	NotificationInbox.State mine(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "limit", defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.inbox.state(me.id(), limit);
	}

	@PostMapping("/api/v1/agent/me/notifications/read")
	@Operation(summary = "Mark read: one notification (id), a ticket's (ticketId), a kind's (kind) or all (all: true)")
	NotificationInbox.State read(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestBody NotificationInbox.ReadRequest request) {
		return this.inbox.read(me.id(), request);
	}

	@GetMapping("/api/v1/agent/me/notification-settings")
	NotificationSettings settings(@AuthenticationPrincipal OperatorPrincipal me) {
		return this.inbox.settings(me.id());
	}

	@PutMapping("/api/v1/agent/me/notification-settings")
	@Operation(summary = "Your sound, desktop notifications and the kinds that notify you")
	NotificationSettings saveSettings(@AuthenticationPrincipal OperatorPrincipal me,
			@Valid @RequestBody SettingsRequest request) {
		return this.inbox.saveSettings(me.id(), request.settings());
	}

	record SettingsRequest(@NotNull Boolean sound, @NotNull Boolean desktop,
			@NotNull List<@NotNull NotificationKind> kinds) {

		NotificationSettings settings() {
			return new NotificationSettings(this.sound, this.desktop,
					this.kinds.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(this.kinds));
		}

	}

}
