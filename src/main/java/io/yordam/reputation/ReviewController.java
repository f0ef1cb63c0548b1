package io.yordam.reputation;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;

/** Public reviews through the agent API (docs/reputation.md, docs/integration.md). */
@RestController
@Tag(name = "Reputation", description = "Public reviews: import, answers, the rating report")
class ReviewController {

	private final ReviewImports imports;

	private final ReviewList list;

	private final ReviewAnswers answers;

	private final ReputationReports reports;

	ReviewController(ReviewImports imports, ReviewList list, ReviewAnswers answers, ReputationReports reports) {
		this.imports = imports;
		this.list = list;
		this.answers = answers;
		this.reports = reports;
	}

	@PostMapping(path = "/api/v1/agent/reviews", consumes = "application/json")
	@Operation(summary = "Import one review, or {\"reviews\": [...]} (at most 1000); supervisors",
			description = "Each review once per (source, externalId): a repeat answers \"duplicate\". "
					+ "A bad review refuses the whole batch (reviews[i].field named) and nothing is written.")
	ReviewImports.Result importJson(@AuthenticationPrincipal OperatorPrincipal me, @RequestBody ImportBody body) {
		return this.imports.json(body, me);
	}

	@PostMapping(path = "/api/v1/agent/reviews", consumes = "multipart/form-data")
	@Operation(summary = "Import a CSV file (part \"file\"); supervisors",
			description = "Header row; columns source, external_id, rating, posted_at (required), text, author, "
					+ "customer_id, order_id, phone. A bad row refuses the file (rows[N].column named).")
	ReviewImports.Result importCsv(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		return this.imports.csv(file, me);
	}

	@GetMapping("/api/v1/agent/reviews")
	@Operation(summary = "Reviews, newest first, filtered by source, most stars, reason, still unanswered")
	ReviewList.Page list(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(required = false) String source,
			@RequestParam(required = false) Integer maxRating, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean unanswered, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return this.list.page(ReviewFilter.parse(source, maxRating, reason, unanswered), page, size, me);
	}

	@GetMapping("/api/v1/agent/reviews/{id}")
	@Operation(summary = "One review, with its match, reason, ticket and recorded answer")
	ReviewView get(@PathVariable String id) {
		return this.answers.review(uuid(id));
	}

	@GetMapping("/api/v1/agent/reviews/{id}/draft")
	@Operation(summary = "The public answer drafted from a macro (default: the first review answer) "
			+ "in the review's language; a negative review's, which has a ticket")
	ReviewAnswers.Draft draft(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(required = false) String macroId) {
		return this.answers.draft(uuid(id), (macroId == null || macroId.isBlank()) ? null : uuid(macroId), me);
	}

	record AnswerBody(String text) {
	}

	@PostMapping(path = "/api/v1/agent/reviews/{id}/answer", consumes = "application/json")
	@Operation(summary = "Record the public answer as posted (who and when are the caller and now)")
	ReviewView answer(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestBody AnswerBody body) {
		return this.answers.record(uuid(id), body.text(), me);
	}

	@GetMapping("/api/v1/agent/reviews/report")
	@Operation(summary = "Rating per source by week and the reasons behind low ratings, the last 1 to 52 weeks")
	ReputationReport report(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(defaultValue = "12") int weeks) {
		return this.reports.of(weeks, me);
	}

	@GetMapping("/api/v1/agent/reviews/report.csv")
	@Operation(summary = "One table of the report as CSV: table=trend (week, source, reviews, average_rating) "
			+ "or table=reasons (reason, reviews)")
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "12") int weeks,
			@RequestParam(defaultValue = "trend") String table, HttpServletResponse response) throws IOException {
		writeCsv(this.reports, this.reports.of(weeks, me), table, response);
	}

	static void writeCsv(ReputationReports reports, ReputationReport report, String table, HttpServletResponse response)
			throws IOException {
		String checked = ReputationReports.table(table);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"yordam-reviews-" + checked + ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		reports.csv(report, checked, out);
	}

	static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("id", "uuid", "Not an id");
		}
	}

}
