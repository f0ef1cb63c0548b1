package io.yordam.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import io.yordam.incidents.Acting;
import io.yordam.incidents.PlaybookSettings;
import io.yordam.incidents.PlaybookSettingsDiff;
import io.yordam.incidents.PlaybookSettingsStore;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The playbook settings editor for admins: the settings, saved with a reason as a new
 * version; the history, each version with what it changed from the one before; a revert
 * that brings an earlier version back as a new one, with its reason.
 */
@Controller
class PlaybookSettingsPage {

	private final PlaybookSettingsStore settings;

	private final SettingsWords words;

	PlaybookSettingsPage(PlaybookSettingsStore settings, SettingsWords words) {
		this.settings = settings;
		this.words = words;
	}

	/** A version in the history, with its changes in words. */
	record Version(PlaybookSettingsStore.Versioned version, List<SettingsWords.Row> changes) {
	}

	@GetMapping("/agent/settings/playbooks")
	String settings(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		// The page is the editor: shown to those who may edit.
		me.require(StaffAction.EDIT_PLAYBOOK_SETTINGS);
		PlaybookSettingsStore.Versioned current = this.settings.current();
		return page(model, current.version(), current.settings(), null, List.of(), List.of());
	}

	@PostMapping("/agent/settings/playbooks")
	String save(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam Map<String, String> form, Model model) {
		me.require(StaffAction.EDIT_PLAYBOOK_SETTINGS);
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		int basedOn = PlaybookSettingsForm.integer(form, "basedOn", bad);
		PlaybookSettings edited = PlaybookSettingsForm.read(form, bad);
		String reason = form.get("reason");
		if (bad.isEmpty()) {
			try {
				this.settings.update(basedOn, edited, Acting.of(me), reason);
				return "redirect:/agent/settings/playbooks?saved";
			}
			catch (InvalidInputException ex) {
				bad.addAll(ex.violations());
			}
			catch (RuleViolationException ex) {
				bad.add(new InvalidInputException.Violation("basedOn", ex.rule(), ex.getMessage()));
			}
		}
		return page(model, basedOn, edited, reason, bad, List.of());
	}

	@PostMapping("/agent/settings/playbooks/versions/{version}/revert")
	String revert(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable int version,
			@RequestParam Map<String, String> form, Model model) {
		me.require(StaffAction.EDIT_PLAYBOOK_SETTINGS);
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		int basedOn = PlaybookSettingsForm.integer(form, "basedOn", bad);
		if (bad.isEmpty()) {
			try {
				this.settings.revert(version, basedOn, Acting.of(me), form.get("reason"));
				return "redirect:/agent/settings/playbooks?reverted=" + version;
			}
			catch (InvalidInputException ex) {
				bad.addAll(ex.violations());
			}
			catch (RuleViolationException ex) {
				bad.add(new InvalidInputException.Violation("basedOn", ex.rule(), ex.getMessage()));
			}
		}
		PlaybookSettingsStore.Versioned current = this.settings.current();
		model.addAttribute("revertOf", version);
		return page(model, current.version(), current.settings(), null, List.of(), bad);
	}

	private String page(Model model, int version, PlaybookSettings values, String reason,
			List<InvalidInputException.Violation> errors, List<InvalidInputException.Violation> revertErrors) {
		model.addAttribute("version", version);
		model.addAttribute("current", this.settings.current().version());
		model.addAttribute("s", values);
		model.addAttribute("reason", reason);
		model.addAttribute("roles", PlaybookSettingsForm.ROLES);
		model.addAttribute("errors", this.words.shown(errors));
		model.addAttribute("revertErrors", this.words.shown(revertErrors));
		model.addAttribute("history", history());
		// Room for one more bracket than there is.
		List<PlaybookSettings.Bracket> brackets = new ArrayList<>(values.lateBrackets());
		brackets.add(null);
		model.addAttribute("brackets", brackets);
		return "agent/settings";
	}

	/** Each version with what it changed: read from the one after it in the list. */
	private List<Version> history() {
		List<PlaybookSettingsStore.Versioned> versions = this.settings.history();
		List<Version> shown = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			PlaybookSettingsStore.Versioned v = versions.get(i);
			PlaybookSettingsStore.Versioned before = (i + 1 < versions.size()
					&& versions.get(i + 1).version() == v.version() - 1) ? versions.get(i + 1)
							: this.settings.version(v.version() - 1).orElse(null);
			shown.add(new Version(v, (before != null)
					? this.words.rows(PlaybookSettingsDiff.between(before.settings(), v.settings())) : List.of()));
		}
		if (!versions.isEmpty() && versions.get(versions.size() - 1).version() == 1) {
			// The defaults the first edit started from: they can be brought back too.
			this.settings.version(0).ifPresent(defaults -> shown.add(new Version(defaults, List.of())));
		}
		return shown;
	}

}
