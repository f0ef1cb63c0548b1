package io.yordam.sla;

import java.io.IOException;

import io.yordam.access.OperatorPrincipal;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The workspace's "% of SLAs met" page and its CSV (supervisors and admins). */
@Controller
class SlaAttainmentPages {

	private final SlaAttainment attainment;

	SlaAttainmentPages(SlaAttainment attainment) {
		this.attainment = attainment;
	}

	@GetMapping("/agent/sla/attainment")
	String page(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "days", defaultValue = "7") int days, Model model) {
		model.addAttribute("report", this.attainment.of(days, me));
		model.addAttribute("targets", SlaTarget.values());
		return "agent/sla-attainment";
	}

	@GetMapping("/agent/sla/attainment.csv")
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(name = "days", defaultValue = "7") int days,
			HttpServletResponse response) throws IOException {
		SlaAttainmentController.writeCsv(this.attainment, this.attainment.of(days, me), response);
	}

}
