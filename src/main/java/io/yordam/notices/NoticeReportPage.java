package io.yordam.notices;

import io.yordam.access.OperatorPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The notices' report as a page: Reports → Notices, for supervisors. */
@Controller
class NoticeReportPage {

	private final NoticeReports reports;

	NoticeReportPage(NoticeReports reports) {
		this.reports = reports;
	}

	@GetMapping("/agent/notices/report")
	String page(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "7") int days,
			Model model) {
		model.addAttribute("report", this.reports.of(days, me));
		return "agent/notices-report";
	}

}
