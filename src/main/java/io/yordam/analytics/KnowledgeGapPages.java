package io.yordam.analytics;

import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.knowledge.ArticleView;
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
 * and beside them each published article's "did this help?" votes, the least helpful
 * first; with their CSV.
 */
@Controller
class KnowledgeGapPages {

	private final KnowledgeGaps gaps;

	private final KnowledgeBase knowledge;

	private final ReportZone zone;

	private final Clock clock;

	KnowledgeGapPages(KnowledgeGaps gaps, KnowledgeBase knowledge, ReportZone zone, Clock clock) {
		this.gaps = gaps;
		this.knowledge = knowledge;
		this.zone = zone;
		this.clock = clock;
	}

	@GetMapping("/agent/analytics/knowledge-gaps")
	String page(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "28") int days,
			Model model) {
		me.require(StaffAction.SEE_DESK_ANALYTICS);
		model.addAttribute("groups", this.gaps.of(period(days)));
		model.addAttribute("articles",
				this.knowledge.published(LocaleContextHolder.getLocale().getLanguage())
					.stream()
					.sorted(Comparator.comparingInt(ArticleView::helpfulNo).reversed().thenComparing(ArticleView::slug))
					.toList());
		model.addAttribute("days", days);
		return "agent/analytics-knowledge-gaps";
	}

	@GetMapping("/agent/analytics/knowledge-gaps.csv")
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "28") int days,
			HttpServletResponse response) throws IOException {
		me.require(StaffAction.SEE_DESK_ANALYTICS);
		List<KnowledgeGaps.Group> groups = this.gaps.of(period(days));
		AnalyticsCsv csv = AnalyticsCsv.open(response, "knowledge-gaps");
		csv.gaps(groups);
		csv.close();
	}

	private Period period(int days) {
		return Period.lastDays(days, this.zone.dayOf(this.clock.instant()));
	}

}
