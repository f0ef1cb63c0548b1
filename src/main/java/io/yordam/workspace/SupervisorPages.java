package io.yordam.workspace;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.incidents.Acting;
import io.yordam.incidents.Scorecards;
import io.yordam.orders.OrderVolume;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for supervisors and admins: the incident scorecards and the ledger's CSV (the
 * departments' queues are {@link DepartmentPages}, the playbook settings editor
 * {@link PlaybookSettingsPage}).
 */
@Controller
class SupervisorPages {

	private final Scorecards scorecards;

	private final io.yordam.ledger.Ledger ledger;

	private final java.time.Clock clock;

	private final io.yordam.notices.LateCareTotals lateCare;

	SupervisorPages(Scorecards scorecards, io.yordam.ledger.Ledger ledger, io.yordam.notices.LateCareTotals lateCare,
			java.time.Clock clock) {
		this.lateCare = lateCare;
		this.ledger = ledger;
		this.clock = clock;
		this.scorecards = scorecards;
	}

	@GetMapping("/agent/scorecards")
	String scorecards(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "by", defaultValue = "RESTAURANT") OrderVolume.By by,
			@RequestParam(name = "days", defaultValue = "30") int days, Model model) {
		Scorecards.Scorecard card = this.scorecards.of(by, days, Acting.of(me));
		model.addAttribute("card", card);
		// Late care's own line: credits no customer asked for, beside the incidents.
		model.addAttribute("lateCare", this.lateCare.byCity(card.since()));
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

}
