package io.yordam.feedback;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.common.ConflictRetry;
import io.yordam.common.InvalidInputException;
import io.yordam.ui.PageLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey page a mail links to, public: its token ({@link SurveyLinks}) names the
 * survey and is the only credential. A GET only shows the form (the score clicked
 * preselected) and never records: mail scanners and link previews open links. A POST
 * records through {@link Ratings}, like every other answer: once per survey, the low
 * rating's follow-up, {@link TicketRated}. In the survey's language; a forged or expired
 * token is a page that says so (or an RFC 9457 problem for a client asking JSON), and
 * nothing is written.
 */
@Controller
class SurveyPage {

	static final String PATH = "/survey/";

	private final SurveyLinks links;

	private final SurveyRows surveys;

	private final Ratings ratings;

	private final ConflictRetry retry;

	SurveyPage(SurveyLinks links, SurveyRows surveys, Ratings ratings, ConflictRetry retry) {
		this.links = links;
		this.surveys = surveys;
		this.ratings = ratings;
		this.retry = retry;
	}

	@GetMapping(PATH + "{token}")
	Object form(@PathVariable String token, @RequestParam(required = false) String score, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SurveyLinks.Verdict verdict = this.links.verify(token);
		Optional<Survey> survey = survey(verdict);
		if (survey.isEmpty()) {
			return refused(verdict, request, response, model);
		}
		show(survey.get(), token, request, response, model);
		model.addAttribute("chosen", score(score).orElse(null));
		return "survey";
	}

	@PostMapping(PATH + "{token}")
	Object rate(@PathVariable String token, @RequestParam(required = false) String score,
			@RequestParam(required = false) String comment, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		SurveyLinks.Verdict verdict = this.links.verify(token);
		Optional<Survey> survey = survey(verdict);
		if (survey.isEmpty()) {
			return refused(verdict, request, response, model);
		}
		Survey asked = survey.get();
		try {
			int chosen = score(score)
				.orElseThrow(() -> new InvalidInputException("score", "range", "Choose a rating from 1 to 5"));
			// Two sends at once (a double click, two tabs): one records, the other finds
			// it
			// rated.
			if (this.retry.again(() -> this.ratings.rate(asked.id(), asked.customer(), chosen, comment)).isEmpty()) {
				return answer(request, response, model, asked, HttpStatus.CONFLICT, "rated-once");
			}
		}
		catch (InvalidInputException ex) {
			if (wantsJson(request)) {
				return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, ex.violations().get(0)));
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			show(asked, token, request, response, model);
			model.addAttribute("chosen", score(score).orElse(null));
			model.addAttribute("comment", comment);
			model.addAttribute("errors", ex.violations());
			return "survey";
		}
		// After a POST, a GET: reloading the thank-you page sends nothing again.
		return "redirect:" + PATH + token;
	}

	/**
	 * The survey a token names, if the token is ours, unexpired, and the survey exists.
	 */
	private Optional<Survey> survey(SurveyLinks.Verdict verdict) {
		return (verdict instanceof SurveyLinks.Valid(UUID id)) ? this.surveys.find(id) : Optional.empty();
	}

	private void show(Survey survey, String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		PageLanguage.fix(request, survey.language());
		privateHeaders(response);
		model.addAttribute("survey", survey);
		model.addAttribute("token", token);
		model.addAttribute("errors", List.of());
	}

	private Object refused(SurveyLinks.Verdict verdict, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		boolean expired = verdict instanceof SurveyLinks.Expired;
		HttpStatus status = expired ? HttpStatus.GONE : HttpStatus.NOT_FOUND;
		String rule = expired ? "link-expired" : "link-invalid";
		return answer(request, response, model, null, status, rule);
	}

	/** A page with no form (the link refused, or the survey answered already). */
	private Object answer(HttpServletRequest request, HttpServletResponse response, Model model, Survey survey,
			HttpStatus status, String rule) {
		if (wantsJson(request)) {
			return ResponseEntity.status(status)
				.body(problem(status, new InvalidInputException.Violation("token", rule, rule)));
		}
		if (survey != null) {
			PageLanguage.fix(request, survey.language());
			model.addAttribute("survey", survey);
		}
		privateHeaders(response);
		response.setStatus(status.value());
		model.addAttribute("refusal", rule);
		return "survey-refused";
	}

	private static ProblemDetail problem(HttpStatus status, InvalidInputException.Violation violation) {
		String detail = switch (violation.rule()) {
			case "link-expired" -> "This survey link has expired";
			case "link-invalid" -> "This survey link is not valid";
			case "rated-once" -> "This survey was answered already";
			default -> violation.message();
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://yordam.io/problems/" + violation.rule()));
		problem.setProperty("rule", violation.rule());
		problem.setProperty("field", violation.field());
		problem.setProperty("errors",
				List.of(java.util.Map.of("field", violation.field(), "rule", violation.rule(), "message", detail)));
		return problem;
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	/** The token is in the address: never sent on to another site, never cached. */
	private static void privateHeaders(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
	}

	private static Optional<Integer> score(String value) {
		if (value == null || !value.strip().matches("[1-5]")) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(value.strip()));
	}

}
