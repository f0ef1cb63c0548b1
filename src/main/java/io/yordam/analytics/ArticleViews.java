package io.yordam.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.PlatformRole;
import io.yordam.knowledge.ArticleViewed;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help centre's article reads and what followed them. A view is <b>deflected</b> when
 * the customer who read it opened no ticket (on any channel) within {@link #WINDOW} after
 * it: the article answered, or at least nobody asked support. Only a signed-in customer's
 * view can be judged (the ticket rows know customers), and only once the hour has passed;
 * the share is of those.
 */
@Repository
class ArticleViews {

	static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	ArticleViews(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Each view once, by its id. */
	void viewed(ArticleViewed view) {
		String customer = (view.reader() != null && view.reader().role() == PlatformRole.CUSTOMER) ? view.reader().id()
				: null;
		Sql.insertOnce(this.jdbc,
				"insert into analytics_article_views (view_id, article_id, customer_id, viewed_at) values (?, ?, ?, ?)",
				view.viewId(), view.articleId(), customer, Sql.at(view.at()));
	}

	/** Per article, the views in [from, to) and their deflection, judged at now. */
	@Transactional(readOnly = true)
	Map<UUID, Figures> of(Instant from, Instant to, Instant now) {
		Map<UUID, Figures> figures = new HashMap<>();
		String judged = "v.customer_id is not null and v.viewed_at < ?";
		this.jdbc.query("select v.article_id, count(*), sum(case when " + judged + " then 1 else 0 end), "
				+ "sum(case when " + judged + " and not exists (select 1 from analytics_tickets t "
				+ "where t.customer_id = v.customer_id and t.opened_at >= v.viewed_at "
				+ "and t.opened_at < v.viewed_at + interval '" + WINDOW.toMinutes() + "' minute) then 1 else 0 end) "
				+ "from analytics_article_views v where v.viewed_at >= ? and v.viewed_at < ? group by v.article_id",
				rs -> {
					figures.put(rs.getObject(1, UUID.class),
							new Figures(rs.getLong(2), rs.getLong(3), Kpi.percent(rs.getLong(4), rs.getLong(3))));
				}, Sql.at(now.minus(WINDOW)), Sql.at(now.minus(WINDOW)), Sql.at(from), Sql.at(to));
		return figures;
	}

	/**
	 * @param judged the signed-in customers' views whose hour has passed
	 * @param deflected the share (percent) of those after which no ticket was opened;
	 * null when none could be judged
	 */
	record Figures(long views, long judged, Double deflected) {

		static final Figures NONE = new Figures(0, 0, null);

	}

}
