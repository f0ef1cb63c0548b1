package io.yordam.analytics;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.knowledge.KnowledgeBase;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Knowledge gaps for editors (supervisors and admins): the unanswered questions grouped,
 * and beside them each published article's "did this help?" votes, views and deflection,
 * the least helpful first; with their CSV.
 */
@Controller
class KnowledgeGapPages {

	private final KnowledgeGaps gaps;

	private final KnowledgeBase knowledge;

	private final ArticleViews views;

	private final ReportZone zone;

	private final Clock clock;

	KnowledgeGapPages(KnowledgeGaps gaps, KnowledgeBase knowledge, ArticleViews views, ReportZone zone, Clock clock) {
		this.gaps = gaps;
		this.knowledge = knowledge;
		this.views = views;
		this.zone = zone;
		this.clock = clock;
	}

	@GetMapping("/agent/analytics/knowledge-gaps")
	String page(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "28") int days,
			Model model) {
		me.require(StaffAction.SEE_DESK_ANALYTICS);
		model.addAttribute("groups", this.gaps.of(period(days)));
		model.addAttribute("articles", articles(period(days), LocaleContextHolder.getLocale().getLanguage()));
		model.addAttribute("days", days);
		model.addAttribute("windowMinutes", ArticleViews.WINDOW.toMinutes());
		return "agent/analytics-knowledge-gaps";
	}

	/** {@code table=gaps} (the default) or {@code articles}. */
	@GetMapping("/agent/analytics/knowledge-gaps.csv")
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "28") int days,
			@RequestParam(defaultValue = "gaps") String table, HttpServletResponse response) throws IOException {
		me.require(StaffAction.SEE_DESK_ANALYTICS);
		switch (table) {
			case "gaps" -> {
				List<KnowledgeGaps.Group> groups = this.gaps.of(period(days));
				AnalyticsCsv csv = AnalyticsCsv.open(response, "knowledge-gaps");
				csv.gaps(groups);
				csv.close();
			}
			case "articles" -> {
				List<ArticleFigures> articles = articles(period(days), LocaleContextHolder.getLocale().getLanguage());
				AnalyticsCsv csv = AnalyticsCsv.open(response, "knowledge-articles");
				csv.articles(articles);
				csv.close();
			}
			default -> throw new InvalidInputException("table", "table", "gaps or articles");
		}
	}

	private List<ArticleFigures> articles(Period period, String language) {
		Instant from = period.from().atStartOfDay(this.zone.zone()).toInstant();
		Instant to = period.to().atStartOfDay(this.zone.zone()).toInstant();
		return ArticleFigures.of(this.knowledge.published(language), this.views.of(from, to, this.clock.instant()));
	}

	private Period period(int days) {
		return Period.lastDays(days, this.zone.dayOf(this.clock.instant()));
	}

}
