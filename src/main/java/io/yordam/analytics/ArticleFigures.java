package io.yordam.analytics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.knowledge.ArticleView;

/**
 * One published article beside the knowledge gaps: its "did this help?" votes (all its
 * votes, as the knowledge base counts them) and its views of the period with their
 * deflection ({@link ArticleViews}).
 */
record ArticleFigures(ArticleView article, ArticleViews.Figures views) {

	/**
	 * The articles, the least helpful first (most "no" votes), then the most read: what
	 * to rewrite first.
	 */
	static List<ArticleFigures> of(List<ArticleView> articles, Map<UUID, ArticleViews.Figures> views) {
		return articles.stream()
			.map(a -> new ArticleFigures(a, views.getOrDefault(a.id(), ArticleViews.Figures.NONE)))
			.sorted(Comparator.comparingInt((ArticleFigures f) -> f.article().helpfulNo())
				.reversed()
				.thenComparing(Comparator.comparingLong((ArticleFigures f) -> f.views().views()).reversed())
				.thenComparing(f -> f.article().slug()))
			.toList();
	}

	/** The share of "yes" among the votes; null without a vote. */
	public Double helpful() {
		return Kpi.percent(this.article.helpfulYes(), this.article.helpfulYes() + (long) this.article.helpfulNo());
	}

	public String helpfulText() {
		return Kpi.text(Kpi.Unit.PERCENT, helpful());
	}

	public String deflectedText() {
		return Kpi.text(Kpi.Unit.PERCENT, this.views.deflected());
	}

}
