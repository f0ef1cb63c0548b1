package io.yordam.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import io.yordam.incidents.Acting;
import io.yordam.incidents.PlaybookSettings;
import io.yordam.incidents.PlaybookSettingsStore;
import io.yordam.incidents.Scorecards;
import io.yordam.orders.OrderVolume;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for supervisors and admins: the incident scorecards and the playbook settings
 * editor with its history (the departments' queues are {@link DepartmentPages}).
 */
@Controller
class SupervisorPages {

	private static final List<String> ROLES = List.of("AGENT", "SUPERVISOR", "ADMIN", "BOT");

	private final Scorecards scorecards;

	private final PlaybookSettingsStore settings;

	private final io.yordam.ledger.Ledger ledger;

	private final java.time.Clock clock;

	SupervisorPages(Scorecards scorecards, PlaybookSettingsStore settings, io.yordam.ledger.Ledger ledger,
			java.time.Clock clock) {
		this.ledger = ledger;
		this.clock = clock;
		this.scorecards = scorecards;
		this.settings = settings;
	}

	@GetMapping("/agent/scorecards")
	String scorecards(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "by", defaultValue = "RESTAURANT") OrderVolume.By by,
			@RequestParam(name = "days", defaultValue = "30") int days, Model model) {
		model.addAttribute("card", this.scorecards.of(by, days, Acting.of(me)));
		model.addAttribute("dimensions", OrderVolume.By.values());
		return "agent/scorecards";
	}

	/**
	 * Finance's export, for a signed-in supervisor (the agent API has the same with a
	 * token).
	 */
	@GetMapping("/agent/ledger.csv")
	void ledgerCsv(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "days", defaultValue = "31") int days,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		me.require(StaffAction.EXPORT_LEDGER);
		if (days < 1 || days > 366) {
			throw new InvalidInputException("days", "range", "1 to 366 days");
		}
		java.time.Instant to = this.clock.instant();
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"yordam-ledger.csv\"");
		java.io.Writer out = new java.io.OutputStreamWriter(response.getOutputStream(),
				java.nio.charset.StandardCharsets.UTF_8);
		this.ledger.exportCsv(me, to.minus(java.time.Duration.ofDays(days)), to, out);
		out.flush();
	}

	@GetMapping("/agent/settings/playbooks")
	String settings(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		// The page is the editor: shown to those who may edit.
		me.require(StaffAction.EDIT_PLAYBOOK_SETTINGS);
		PlaybookSettingsStore.Versioned current = this.settings.current();
		return settingsPage(model, current.version(), current.settings(), List.of());
	}

	@PostMapping("/agent/settings/playbooks")
	String saveSettings(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam Map<String, String> form,
			Model model) {
		me.require(StaffAction.EDIT_PLAYBOOK_SETTINGS);
		int basedOn = integer(form, "basedOn", new ArrayList<>());
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		PlaybookSettings edited = fromForm(form, bad);
		if (bad.isEmpty()) {
			try {
				this.settings.update(basedOn, edited, Acting.of(me), form.get("comment"));
				return "redirect:/agent/settings/playbooks?saved";
			}
			catch (InvalidInputException ex) {
				bad.addAll(ex.violations());
			}
			catch (RuleViolationException ex) {
				bad.add(new InvalidInputException.Violation("basedOn", ex.rule(), ex.getMessage()));
			}
		}
		return settingsPage(model, basedOn, edited, bad);
	}

	private String settingsPage(Model model, int version, PlaybookSettings values,
			List<InvalidInputException.Violation> errors) {
		model.addAttribute("version", version);
		model.addAttribute("s", values);
		model.addAttribute("roles", ROLES);
		model.addAttribute("errors", errors);
		model.addAttribute("history", this.settings.history());
		// Room for one more bracket than there is.
		List<PlaybookSettings.Bracket> brackets = new ArrayList<>(values.lateBrackets());
		brackets.add(null);
		model.addAttribute("brackets", brackets);
		return "agent/settings";
	}

	/** Reads the form; a field that is not a number is a violation naming it. */
	static PlaybookSettings fromForm(Map<String, String> form, List<InvalidInputException.Violation> bad) {
		List<PlaybookSettings.Bracket> brackets = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String minutes = form.get("bracket" + i + "Minutes");
			String amount = form.get("bracket" + i + "Amount");
			if (blank(minutes) && blank(amount)) {
				continue;
			}
			brackets.add(new PlaybookSettings.Bracket(integer(form, "bracket" + i + "Minutes", bad),
					number(form, "bracket" + i + "Amount", bad)));
		}
		Map<String, PlaybookSettings.Limit> limits = new LinkedHashMap<>();
		for (String role : ROLES) {
			limits.put(role, new PlaybookSettings.Limit(number(form, "limit" + role + "PerAction", bad),
					number(form, "limit" + role + "PerShift", bad)));
		}
		return new PlaybookSettings(brackets, integer(form, "damagedKeepPercent", bad),
				number(form, "damagedRedeliveryCompensation", bad), number(form, "wrongOrderCompensation", bad),
				number(form, "foodQualityCompensation", bad), limits, integer(form, "shiftHours", bad),
				new PlaybookSettings.AbuseThresholds(integer(form, "abuseClaims", bad),
						number(form, "abuseCompensated", bad), integer(form, "abuseClaimsPerOrder", bad)));
	}

	private static long number(Map<String, String> form, String field, List<InvalidInputException.Violation> bad) {
		try {
			return Long.parseLong(form.getOrDefault(field, "").strip().replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			bad.add(new InvalidInputException.Violation(field, "number", "A whole number"));
			return 0;
		}
	}

	private static int integer(Map<String, String> form, String field, List<InvalidInputException.Violation> bad) {
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number(form, field, bad)));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
