package io.yordam.telegram;

import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.yordam.access.PlatformUser;

/**
 * The signed-in customer's (or courier's, or partner's) deep link to the support bot: the
 * app shows it as "continue in Telegram", and opening it links the chat to them.
 */
@RestController
@ConditionalOnBooleanProperty("yordam.telegram.enabled")
class TelegramLinkController {

	private final DeepLinks links;

	private final String botUsername;

	TelegramLinkController(DeepLinks links, TelegramProperties properties) {
		this.links = links;
		this.botUsername = properties.botUsername();
	}

	record LinkResponse(String url, String token, Instant expiresAt) {
	}

	@PostMapping("/api/v1/me/telegram-link")
	LinkResponse link(@AuthenticationPrincipal Jwt jwt) {
		DeepLinks.Link link = this.links.issue(PlatformUser.from(jwt).participant());
		return new LinkResponse("https://t.me/" + this.botUsername + "?start=" + link.token(), link.token(),
				link.expiresAt());
	}

}
