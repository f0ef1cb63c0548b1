package io.yordam.digest;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import io.yordam.access.StaffMember;
import io.yordam.analytics.WeeklyFigures;
import io.yordam.common.PublicUrls;
import io.yordam.ui.Plurals;

/**
 * The weekly report as its reader reads it, in their language: every tile of the
 * dashboard against the week before, the recurring problems and the knowledge gaps (the
 * first few of each), and links to the dashboard's pages. Plain text and HTML say the
 * same; the HTML's figures link to the tickets behind them.
 */
final class WeeklyReportText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MessageSource messages;

	private final Plurals plurals;

	private final PublicUrls urls;

	private final int top;

	WeeklyReportText(MessageSource messages, Plurals plurals, PublicUrls urls, int top) {
		this.messages = messages;
		this.plurals = plurals;
		this.urls = urls;
		this.top = top;
	}

	static Locale locale(String language) {
		return Locale.forLanguageTag((language != null && language.matches("ru|uz|en")) ? language : "ru");
	}

	StaffLetter letter(StaffMember reader, WeeklyFigures.Week week, Locale locale) {
		String from = DAY.format(week.from());
		String to = DAY.format(week.to());
		String subject = word("digest.subject", locale, from, to);
		Parts parts = new Parts(word("digest.greeting", locale, reader.displayName()),
				word("digest.intro", locale, from, to), week.figures(), problems(week, locale), gaps(week, locale));
		return new StaffLetter("weekly:" + week.from() + ":" + reader.id().value(), reader.email(),
				locale.getLanguage(), subject, text(parts, week, locale), html(parts, week, locale));
	}

	private record Parts(String greeting, String intro, List<WeeklyFigures.Figure> figures, List<String> problems,
			List<String> gaps) {
	}

	private List<String> problems(WeeklyFigures.Week week, Locale locale) {
		return week.problems()
			.stream()
			.limit(this.top)
			.map(p -> word("digest.problem", locale, word("analytics.dim." + p.dimension(), locale), p.label(),
					String.format(Locale.ROOT, "%.1f", p.ratePer1000()),
					String.format(Locale.ROOT, "%.1f", p.baselinePer1000()),
					this.plurals.in(locale, "digest.contacts", p.contacts())))
			.toList();
	}

	private List<String> gaps(WeeklyFigures.Week week, Locale locale) {
		return week.gaps()
			.stream()
			.limit(this.top)
			.map(g -> word("digest.gap", locale, g.question(), g.language(),
					this.plurals.in(locale, "digest.asked", g.asked())))
			.toList();
	}

	private String text(Parts parts, WeeklyFigures.Week week, Locale locale) {
		StringBuilder text = new StringBuilder(parts.greeting()).append("\n\n").append(parts.intro()).append("\n\n");
		for (WeeklyFigures.Figure figure : parts.figures()) {
			text.append(kpi(figure, locale))
				.append(": ")
				.append(figure.text())
				.append(" (")
				.append(was(figure, locale))
				.append(")\n");
		}
		section(text, word("digest.problems", locale), parts.problems(), word("digest.problems.none", locale));
		section(text, word("digest.gaps", locale), parts.gaps(), word("digest.gaps.none", locale));
		link("/agent/analytics?days=7")
			.ifPresent(url -> text.append('\n').append(word("digest.dashboard", locale)).append(": ").append(url));
		link("/agent/analytics/knowledge-gaps?days=7")
			.ifPresent(url -> text.append('\n').append(word("digest.gapsPage", locale)).append(": ").append(url));
		return text.append("\n\n-- \n").append(word("digest.why", locale)).toString();
	}

	private String html(Parts parts, WeeklyFigures.Week week, Locale locale) {
		StringBuilder html = new StringBuilder("<div style=\"font-family:sans-serif;font-size:14px;color:#17212b\">");
		html.append(p(parts.greeting())).append(p(parts.intro()));
		html.append("<table style=\"border-collapse:collapse\" cellpadding=\"6\"><thead><tr>");
		for (String head : List.of("digest.kpi", "digest.thisWeek", "digest.weekBefore", "digest.change")) {
			html.append("<th align=\"left\" style=\"border-bottom:1px solid #ccc\">")
				.append(esc(word(head, locale)))
				.append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (WeeklyFigures.Figure figure : parts.figures()) {
			String value = esc(figure.text());
			String drill = (figure.drill() == null) ? null : link("/agent/analytics/tickets?metric=" + figure.drill()
					+ "&from=" + week.from() + "&to=" + week.to().plusDays(1))
				.orElse(null);
			html.append("<tr><td>")
				.append(esc(kpi(figure, locale)))
				.append("</td><td><b>")
				.append((drill != null) ? "<a href=\"" + esc(drill) + "\">" + value + "</a>" : value)
				.append("</b></td><td>")
				.append(esc(figure.previousText()))
				.append("</td><td style=\"color:")
				.append((figure.better() == null) ? "#5b6673" : figure.better() ? "#15803d" : "#b91c1c")
				.append("\">")
				.append(esc(change(figure, locale)))
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
		htmlSection(html, word("digest.problems", locale), parts.problems(), word("digest.problems.none", locale));
		htmlSection(html, word("digest.gaps", locale), parts.gaps(), word("digest.gaps.none", locale));
		link("/agent/analytics?days=7").ifPresent(url -> html
			.append(para("<a href=\"" + esc(url) + "\">" + esc(word("digest.dashboard", locale)) + "</a>")));
		link("/agent/analytics/knowledge-gaps?days=7").ifPresent(url -> html
			.append(para("<a href=\"" + esc(url) + "\">" + esc(word("digest.gapsPage", locale)) + "</a>")));
		return html.append("<p style=\"color:#5b6673;font-size:12px\">")
			.append(esc(word("digest.why", locale)))
			.append("</p></div>")
			.toString();
	}

	private String kpi(WeeklyFigures.Figure figure, Locale locale) {
		return word("analytics.kpi." + figure.kpi(), locale);
	}

	/** "was 1 100, +12.2 %, better" in the reader's words. */
	private String was(WeeklyFigures.Figure figure, Locale locale) {
		return word("digest.was", locale, figure.previousText(), change(figure, locale));
	}

	private String change(WeeklyFigures.Figure figure, Locale locale) {
		String percent = (figure.change() == null) ? "—"
				: String.format(Locale.ROOT, "%+.1f %%", figure.change()).replace('-', '−');
		if (figure.better() == null) {
			return percent;
		}
		return percent + " "
				+ (figure.better() ? "▲ " + word("digest.better", locale) : "▼ " + word("digest.worse", locale));
	}

	private java.util.Optional<String> link(String path) {
		return this.urls.to(path);
	}

	private static void section(StringBuilder text, String title, List<String> lines, String none) {
		text.append('\n').append(title).append(":\n");
		if (lines.isEmpty()) {
			text.append(none).append('\n');
		}
		lines.forEach(line -> text.append("- ").append(line).append('\n'));
	}

	private static void htmlSection(StringBuilder html, String title, List<String> lines, String none) {
		html.append("<h3 style=\"margin:16px 0 6px\">").append(esc(title)).append("</h3>");
		if (lines.isEmpty()) {
			html.append(p(none));
			return;
		}
		html.append("<ul>");
		lines.forEach(line -> html.append("<li>").append(esc(line)).append("</li>"));
		html.append("</ul>");
	}

	private String word(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String p(String text) {
		return para(esc(text));
	}

	private static String para(String html) {
		return "<p>" + html + "</p>";
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
