package io.yordam.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.FormFields;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace's feedback pages: the admins' settings with their history, and the ticket
 * view's ratings.
 */
@Controller
class FeedbackPages {

	private final FeedbackSettingsStore settings;

	private final SurveyRows surveys;

	FeedbackPages(FeedbackSettingsStore settings, SurveyRows surveys) {
		this.settings = settings;
		this.surveys = surveys;
	}

	@GetMapping("/agent/settings/feedback")
	String editor(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		me.require(StaffAction.EDIT_FEEDBACK_SETTINGS);
		FeedbackSettingsStore.Versioned current = this.settings.current();
		return page(model, current.version(), current.settings(), List.of());
	}

	@PostMapping("/agent/settings/feedback")
	String save(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam Map<String, String> form, Model model) {
		me.require(StaffAction.EDIT_FEEDBACK_SETTINGS);
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		int basedOn = FormFields.wholeNumber(form, "basedOn", bad);
		FeedbackSettings edited = new FeedbackSettings(FormFields.wholeNumber(form, "lowRatingThreshold", bad),
				FormFields.wholeNumber(form, "npsSamplePercent", bad),
				FormFields.wholeNumber(form, "npsIntervalDays", bad));
		if (bad.isEmpty()) {
			try {
				this.settings.update(basedOn, edited, me, form.get("comment"));
				return "redirect:/agent/settings/feedback?saved";
			}
			catch (InvalidInputException ex) {
				bad.addAll(ex.violations());
			}
			catch (RuleViolationException ex) {
				bad.add(new InvalidInputException.Violation("basedOn", ex.rule(), ex.getMessage()));
			}
		}
		return page(model, basedOn, edited, bad);
	}

	/** The ticket view's ratings (any operator who sees the ticket sees them). */
	@GetMapping("/agent/tickets/{id}/rating")
	String ratings(@PathVariable String id, Model model) {
		model.addAttribute("surveys", this.surveys.ofTicket(FeedbackController.ticketId(id)));
		return "fragments/feedback :: ratings";
	}

	private String page(Model model, int version, FeedbackSettings shown, List<InvalidInputException.Violation> bad) {
		model.addAttribute("version", version);
		model.addAttribute("settings", shown);
		model.addAttribute("errors", bad);
		model.addAttribute("history", this.settings.history());
		return "agent/feedback-settings";
	}

}
