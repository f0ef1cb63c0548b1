package io.yordam.analytics;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Every dashboard table as CSV (RFC 4180): codes and numbers, seconds as seconds, names
 * as the page shows them, a leading formula character neutralised.
 */
final class AnalyticsCsv {

	private final Writer out;

	private AnalyticsCsv(Writer out) {
		this.out = out;
	}

	static AnalyticsCsv open(HttpServletResponse response, String name) throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"yordam-analytics-" + name + ".csv\"");
		return new AnalyticsCsv(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	void tiles(List<DashboardView.Tile> tiles) throws IOException {
		row("kpi", "value", "previous", "change_percent");
		for (DashboardView.Tile tile : tiles) {
			row(tile.kpi().name(), tile.value(), tile.previous(), tile.change());
		}
	}

	void trend(List<DashboardView.Point> points) throws IOException {
		row("slot", "contacts", "resolved", "first_response_p50_seconds", "first_contact_resolution_percent");
		for (DashboardView.Point point : points) {
			row(point.label(), point.contacts(), point.resolved(), point.firstResponseP50(), point.fcr());
		}
	}

	void cut(Dimension dim, List<DashboardView.CutRow> rows) throws IOException {
		row("dimension", "value", "name", "contacts", "orders", "contacts_per_1000_orders",
				"first_response_p50_seconds", "resolved", "first_contact_resolution_percent", "reopen_rate_percent",
				"compensation_uzs");
		for (DashboardView.CutRow r : rows) {
			row(dim.name(), r.value(), r.label(), r.contacts(), r.orders(), r.contactsPer1000(), r.firstResponseP50(),
					r.resolved(), r.fcr(), r.reopenRate(), r.compensation());
		}
	}

	void problems(List<RecurringProblems.Problem> problems) throws IOException {
		row("dimension", "value", "contacts", "orders", "contacts_per_1000_orders", "baseline_per_1000_orders", "z",
				"name");
		for (RecurringProblems.Problem p : problems) {
			row(p.dim().name(), p.value(), p.contacts(), p.orders(), p.ratePer1000(), p.baselinePer1000(), p.z(),
					p.label());
		}
	}

	void retention(Retention.By by, List<Retention.Row> rows) throws IOException {
		String group = switch (by) {
			case OUTCOME -> "outcome";
			case OPTION -> "option";
			case CSAT -> "csat";
		};
		row(group, "contacts", "old_enough_7d", "ordered_again_7d_percent", "old_enough_30d",
				"ordered_again_30d_percent", "compensation_uzs_30d", "compensation_per_kept_uzs");
		for (Retention.Row r : rows) {
			row(r.group(), r.contacts(), r.old7(), r.kept7(), r.old30(), r.kept30(), r.compensated(), r.costPerKept());
		}
	}

	void gaps(List<KnowledgeGaps.Group> groups) throws IOException {
		row("language", "question", "asked", "wordings");
		for (KnowledgeGaps.Group g : groups) {
			row(g.language(), g.sample(), g.asked(), g.wordings());
		}
	}

	void articles(List<ArticleFigures> articles) throws IOException {
		row("slug", "title", "helpful_yes", "helpful_no", "helpful_percent", "views", "judged_views",
				"deflected_percent");
		for (ArticleFigures a : articles) {
			row(a.article().slug(), a.article().title(), a.article().helpfulYes(), a.article().helpfulNo(), a.helpful(),
					a.views().views(), a.views().judged(), a.views().deflected());
		}
	}

	void tickets(List<TicketDrill.Row> rows) throws IOException {
		row("ticket_number", "ticket_id", "opened_at", "channel", "line", "reason", "agent_id", "city", "restaurant",
				"courier", "compensated_uzs");
		for (TicketDrill.Row r : rows) {
			row(r.number(), r.ticketId(), r.openedAt(), r.channel(), r.line(), r.reason(), r.agentId(), r.city(),
					r.restaurant(), r.courier(), r.compensated());
		}
	}

	void close() throws IOException {
		this.out.flush();
	}

	private void row(Object... cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				this.out.write(',');
			}
			this.out.write(cell(cells[i]));
		}
		this.out.write("\r\n");
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number) {
			return (number == Math.rint(number) && Math.abs(number) < 1e15) ? Long.toString(number.longValue())
					: number.toString();
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
