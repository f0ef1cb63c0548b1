package io.yordam.notices;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's notices and switches, for the app and the chat widget. The customer is
 * the token's: nobody reads or switches another's.
 */
@RestController
@Tag(name = "Notices", description = "What support told the customer before they asked, and their switches")
class CustomerNoticeController {

	private final Notices notices;

	CustomerNoticeController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping("/api/v1/me/notices")
	@Operation(summary = "The customer's notices, newest first (at most 100)")
	List<NoticeView> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "30") int limit) {
		return this.notices.shownTo(customer(jwt), limit);
	}

	@GetMapping("/api/v1/me/notice-preferences")
	@Operation(summary = "Which kinds of notice the customer gets")
	Preferences preferences(@AuthenticationPrincipal Jwt jwt) {
		String customer = customer(jwt);
		return new Preferences(this.notices.enabledFor(customer), NoticeTopics.PREFIX + customer);
	}

	@PutMapping("/api/v1/me/notice-preferences")
	@Operation(summary = "Switch one kind of notice on or off")
	Preferences prefer(@AuthenticationPrincipal Jwt jwt, @RequestBody Switch request) {
		String customer = customer(jwt);
		NoticeKind kind = Arrays.stream(NoticeKind.values())
			.filter(k -> k.name().equals(request.kind()))
			.findFirst()
			.orElseThrow(
					() -> new InvalidInputException("kind", "kind", "One of " + Arrays.toString(NoticeKind.values())));
		if (request.enabled() == null) {
			throw new InvalidInputException("enabled", "required", "true or false");
		}
		this.notices.prefer(customer, kind, request.enabled());
		return new Preferences(this.notices.enabledFor(customer), NoticeTopics.PREFIX + customer);
	}

	private static String customer(Jwt jwt) {
		PlatformUser user = PlatformUser.from(jwt);
		if (user.role() != PlatformRole.CUSTOMER) {
			throw new RuleViolationException(403, "customers-only", "Notices are for customers");
		}
		return user.id();
	}

	/**
	 * @param enabled the kinds the customer gets
	 * @param live the STOMP destination their new notices arrive on
	 */
	record Preferences(Set<NoticeKind> enabled, String live) {
	}

	record Switch(String kind, Boolean enabled) {
	}

}
