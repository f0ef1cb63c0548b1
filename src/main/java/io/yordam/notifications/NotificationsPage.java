package io.yordam.notifications;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator's own notifications page: the latest fifty, "mark all read", and their
 * settings (a sound, desktop notifications, which kinds). Reached from the bell in the
 * top bar of every page.
 */
@Controller
class NotificationsPage {

	static final int SHOWN = 50;

	private final NotificationInbox inbox;

	NotificationsPage(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/agent/notifications")
	String page(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		return page(me, model, List.of());
	}

	@PostMapping("/agent/notifications/settings")
	String save(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "sound", defaultValue = "false") String sound,
			@RequestParam(name = "desktop", defaultValue = "false") String desktop,
			@RequestParam(name = "kinds", required = false) List<String> kinds, Model model,
			HttpServletResponse response) {
		try {
			this.inbox.saveSettings(me.id(),
					new NotificationSettings(flag("sound", sound), flag("desktop", desktop), kinds(kinds)));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(me, model, ex.violations());
		}
		return "redirect:/agent/notifications?saved";
	}

	@PostMapping("/agent/notifications/read-all")
	String readAll(@AuthenticationPrincipal OperatorPrincipal me) {
		this.inbox.read(me.id(), new NotificationInbox.ReadRequest(null, null, null, true));
		return "redirect:/agent/notifications";
	}

	private String page(OperatorPrincipal me, Model model, List<InvalidInputException.Violation> errors) {
		model.addAttribute("state", this.inbox.state(me.id(), SHOWN));
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("errors", errors);
		return "agent/notifications";
	}

	/**
	 * A checkbox: "true" when ticked, absent (false) when not; anything else is refused.
	 */
	private static boolean flag(String field, String value) {
		if (!value.equals("true") && !value.equals("false")) {
			throw new InvalidInputException(field, "boolean", "true or false");
		}
		return Boolean.parseBoolean(value);
	}

	private static Set<NotificationKind> kinds(List<String> chosen) {
		Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
		for (String kind : (chosen != null) ? chosen : List.<String>of()) {
			try {
				kinds.add(NotificationKind.valueOf(kind));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("kinds", "known-kind", "HANDOFF, CUSTOMER_REPLY or APPROVAL");
			}
		}
		return kinds;
	}

}
