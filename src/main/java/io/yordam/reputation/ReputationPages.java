package io.yordam.reputation;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;

/**
 * The supervisors' reputation page: the weekly rating per source as a chart (and the same
 * figures as a table), the reasons behind low ratings, each table as CSV, the reviews
 * list with its filters, and a CSV upload.
 */
@Controller
class ReputationPages {

	private final ReputationReports reports;

	private final ReviewList list;

	private final ReviewImports imports;

	private final ObjectMapper mapper;

	private final MessageSource messages;

	ReputationPages(ReputationReports reports, ReviewList list, ReviewImports imports, ObjectMapper mapper,
			MessageSource messages) {
		this.messages = messages;
		this.reports = reports;
		this.list = list;
		this.imports = imports;
		this.mapper = mapper;
	}

	/** What the chart script draws: one line per source, a point per week. */
	record Chart(List<String> weeks, List<Line> lines) {

		record Line(ReviewSource source, String label, List<Double> averages) {
		}

		static Chart of(ReputationReport report, MessageSource messages) {
			return new Chart(report.weekStarts().stream().map(Object::toString).toList(), report.trends()
				.stream()
				.map(t -> new Line(t.source(),
						messages.getMessage("reviews.source." + t.source(), null, LocaleContextHolder.getLocale()),
						t.points().stream().map(ReputationReport.WeekPoint::average).toList()))
				.toList());
		}

	}

	@GetMapping("/agent/reputation")
	String page(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "12") int weeks,
			@RequestParam(required = false) String source, @RequestParam(required = false) Integer maxRating,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean unanswered,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ReputationReport report = this.reports.of(weeks, me);
		model.addAttribute("report", report);
		model.addAttribute("chart", this.mapper.writeValueAsString(Chart.of(report, this.messages)));
		model.addAttribute("reviews",
				this.list.page(ReviewFilter.parse(source, maxRating, reason, unanswered), page, 25, me));
		model.addAttribute("filter", new ReviewFilter(null, maxRating, reason, unanswered));
		model.addAttribute("source", source);
		model.addAttribute("sources", ReviewSource.values());
		return "agent/reputation";
	}

	@GetMapping("/agent/reputation.csv")
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "12") int weeks,
			@RequestParam(defaultValue = "trend") String table, HttpServletResponse response) throws IOException {
		ReviewController.writeCsv(this.reports, this.reports.of(weeks, me), table, response);
	}

	/** The upload's outcome (or its problems, by row and column) above the same page. */
	@PostMapping(path = "/agent/reputation/import", consumes = "multipart/form-data")
	String upload(@AuthenticationPrincipal OperatorPrincipal me,
			@org.springframework.web.bind.annotation.RequestPart(name = "file", required = false) MultipartFile file,
			Model model, HttpServletResponse response) {
		try {
			model.addAttribute("imported", this.imports.csv(file, me));
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("importProblems", ex.violations());
		}
		return page(me, 12, null, null, null, false, 0, model);
	}

}
