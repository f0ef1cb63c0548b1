package io.yordam.notices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' notice policy page (Settings → Notices): the same versioned policy as
 * {@code PUT /api/v1/agent/notice-policy}, as a form with its history. Late care is one
 * row per city, and an empty row to add one; a row without a city is left out.
 */
@Controller
class NoticePolicyPage {

	/** Rows of the late-care table beyond the cities already in the policy. */
	static final int NEW_ROWS = 1;

	private final NoticePolicyStore store;

	NoticePolicyPage(NoticePolicyStore store) {
		this.store = store;
	}

	/** One city's row as the form shows it. */
	record CareRow(String city, boolean on, long dailyBudget) {
	}

	@GetMapping("/agent/settings/notices")
	String editor(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		me.require(StaffAction.EDIT_NOTICE_POLICY);
		NoticePolicyStore.Versioned current = this.store.current();
		return page(model, current.version(), current.settings(), List.of());
	}

	@PostMapping("/agent/settings/notices")
	String save(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam Map<String, String> form, Model model) {
		me.require(StaffAction.EDIT_NOTICE_POLICY);
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		int basedOn = FormFields.wholeNumber(form, "basedOn", bad);
		Map<String, NoticePolicy.CityCare> care = new LinkedHashMap<>();
		for (int i = 0; form.containsKey("city" + i); i++) {
			String city = form.get("city" + i).strip();
			if (!city.isEmpty()) {
				care.put(city, new NoticePolicy.CityCare(form.containsKey("on" + i),
						FormFields.wholeNumber(form, "budget" + i, bad)));
			}
		}
		NoticePolicy edited = new NoticePolicy(FormFields.wholeNumber(form, "etaShiftMinutes", bad),
				FormFields.wholeNumber(form, "lateAfterMinutes", bad),
				FormFields.wholeNumber(form, "quietFromHour", bad), FormFields.wholeNumber(form, "quietToHour", bad),
				form.getOrDefault("zone", "").strip(), FormFields.wholeNumber(form, "perHourLimit", bad), care,
				FormFields.wholeNumber(form, "holdoutPercent", bad));
		if (bad.isEmpty()) {
			try {
				this.store.update(basedOn, edited, me, form.get("comment"));
				return "redirect:/agent/settings/notices?saved";
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

	private String page(Model model, int version, NoticePolicy shown, List<InvalidInputException.Violation> bad) {
		List<CareRow> rows = new ArrayList<>();
		shown.lateCare().forEach((city, care) -> rows.add(new CareRow(city, care.on(), care.dailyBudget())));
		rows.sort(java.util.Comparator.comparing(CareRow::city));
		for (int i = 0; i < NEW_ROWS; i++) {
			rows.add(new CareRow("", false, 500_000));
		}
		model.addAttribute("version", version);
		model.addAttribute("policy", shown);
		model.addAttribute("care", rows);
		model.addAttribute("errors", bad);
		model.addAttribute("history", this.store.history());
		return "agent/notice-policy";
	}

}
