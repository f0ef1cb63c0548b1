package io.yordam.escalation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import io.yordam.sla.SlaTarget;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketPriority;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace's escalation pages: the rules editor with its history (admins), an
 * agent's escalation from the ticket view, and the report (supervisors and admins).
 */
@Controller
class EscalationPages {

	/** Rows the editor offers: the rules there are and a few empty ones. */
	static final int FORM_ROWS = 8;

	private final EscalationRuleStore rules;

	private final Escalations escalations;

	private final EscalationReport report;

	EscalationPages(EscalationRuleStore rules, Escalations escalations, EscalationReport report) {
		this.rules = rules;
		this.escalations = escalations;
		this.report = report;
	}

	@GetMapping("/agent/settings/escalation")
	String editor(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		me.require(StaffAction.EDIT_ESCALATION_RULES);
		EscalationRuleStore.Versioned current = this.rules.current();
		return editorPage(model, current.version(), current.rules().rules(), List.of());
	}

	@PostMapping("/agent/settings/escalation")
	String save(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam Map<String, String> form, Model model) {
		me.require(StaffAction.EDIT_ESCALATION_RULES);
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		int basedOn = EscalationRuleForm.integer(form, "basedOn", bad, 0);
		List<EscalationRule> edited = EscalationRuleForm.read(form, bad);
		if (bad.isEmpty()) {
			try {
				this.rules.update(basedOn, new EscalationRules(edited), me, form.get("comment"));
				return "redirect:/agent/settings/escalation?saved";
			}
			catch (InvalidInputException ex) {
				bad.addAll(ex.violations());
			}
			catch (RuleViolationException ex) {
				bad.add(new InvalidInputException.Violation("basedOn", ex.rule(), ex.getMessage()));
			}
		}
		return editorPage(model, basedOn, edited, bad);
	}

	@PostMapping("/agent/tickets/{id}/escalation")
	String escalate(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(name = "level", defaultValue = "SECOND_LINE") EscalationLevel level,
			@RequestParam(name = "reason", defaultValue = "") String reason) {
		try {
			this.escalations.byAgent(EscalationController.ticketId(id), me, level, reason);
			return "redirect:/agent/tickets/" + id;
		}
		catch (InvalidInputException ex) {
			return "redirect:/agent/tickets/" + id + "?escalationRefused=" + ex.violations().get(0).field();
		}
	}

	@GetMapping("/agent/escalations")
	String report(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "days", defaultValue = "7") int days, Model model) {
		model.addAttribute("report", this.report.of(days, me));
		return "agent/escalations";
	}

	@GetMapping("/agent/escalations.csv")
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(name = "days", defaultValue = "7") int days,
			HttpServletResponse response) throws IOException {
		EscalationController.writeCsv(this.report, this.report.of(days, me), response);
	}

	private String editorPage(Model model, int version, List<EscalationRule> shown,
			List<InvalidInputException.Violation> errors) {
		List<EscalationRule> rows = new ArrayList<>(shown);
		while (rows.size() < Math.max(FORM_ROWS, shown.size() + 2)) {
			rows.add(null);
		}
		model.addAttribute("version", version);
		model.addAttribute("rows", rows);
		model.addAttribute("errors", errors);
		model.addAttribute("history", this.rules.history());
		model.addAttribute("triggers", List.of(EscalationTrigger.SLA_BREACH, EscalationTrigger.REOPENED,
				EscalationTrigger.VIP_WAITING, EscalationTrigger.ANGRY_CUSTOMER));
		model.addAttribute("targets", SlaTarget.values());
		model.addAttribute("levels", List.of(EscalationLevel.SECOND_LINE, EscalationLevel.SUPERVISOR));
		model.addAttribute("priorities", TicketPriority.values());
		return "agent/escalation-rules";
	}

}
