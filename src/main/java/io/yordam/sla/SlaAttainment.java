package io.yordam.sla;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorPrincipal;
import io.yordam.access.Operators;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.tickets.TicketLine;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "% of SLAs met" for supervisors and admins: the runs that ended in the last days, per
 * line and per agent (by name), as a page, JSON and CSV. One grouped query on the clocks;
 * the names are read once for the owners found.
 */
@Service
class SlaAttainment {

	static final int MAX_DAYS = 92;

	private final SlaClockRepository clocks;

	private final Operators operators;

	private final MessageSource messages;

	private final Clock clock;

	SlaAttainment(SlaClockRepository clocks, Operators operators, MessageSource messages, Clock clock) {
		this.clocks = clocks;
		this.operators = operators;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	SlaAttainmentReport of(int days, OperatorPrincipal viewer) {
		viewer.require(StaffAction.SEE_SLA_REPORT);
		if (days < 1 || days > MAX_DAYS) {
			throw new InvalidInputException("days", "range", "1 to " + MAX_DAYS + " days");
		}
		Instant since = this.clock.instant().minus(Duration.ofDays(days));
		List<SlaAttainmentReport.Ended> ended = this.clocks.endedSince(since)
			.stream()
			.map(row -> new SlaAttainmentReport.Ended((TicketLine) row[0], (SlaTarget) row[1], (UUID) row[2],
					((Number) row[3]).longValue(), ((Number) row[4]).longValue()))
			.filter(group -> group.met() + group.missed() > 0)
			.toList();
		Map<UUID, String> names = new HashMap<>();
		this.operators
			.displayNames(ended.stream()
				.map(SlaAttainmentReport.Ended::owner)
				.filter(Objects::nonNull)
				.distinct()
				.map(OperatorId::new)
				.toList())
			.forEach((id, name) -> names.put(id.value(), name));
		Locale locale = LocaleContextHolder.getLocale();
		return SlaAttainmentReport.of(days, since, ended, names,
				this.messages.getMessage("sla.attainment.nobody", null, locale),
				this.messages.getMessage("sla.attainment.unknown", null, locale));
	}

	/**
	 * One row per line or agent for all targets ({@code ALL}), then one per target that
	 * had runs; lines and targets by their codes, agents by name (RFC 4180).
	 */
	void csv(SlaAttainmentReport report, Writer out) throws IOException {
		out.write("scope,name,target,met,missed,percent_met\n");
		for (SlaAttainmentReport.LineRow line : report.lines()) {
			rows(out, "line", line.line().name(), line.all(), line.targets());
		}
		for (SlaAttainmentReport.AgentRow agent : report.agents()) {
			rows(out, agent.nobody() ? "nobody" : "agent", agent.name(), agent.all(), agent.targets());
		}
	}

	private static void rows(Writer out, String scope, String name, SlaAttainmentReport.Figures all,
			Map<SlaTarget, SlaAttainmentReport.Figures> targets) throws IOException {
		row(out, scope, name, "ALL", all);
		for (Map.Entry<SlaTarget, SlaAttainmentReport.Figures> target : targets.entrySet()) {
			if (target.getValue().counted() > 0) {
				row(out, scope, name, target.getKey().name(), target.getValue());
			}
		}
	}

	private static void row(Writer out, String scope, String name, String target, SlaAttainmentReport.Figures figures)
			throws IOException {
		out.write(scope + "," + csv(name) + "," + target + "," + figures.met() + "," + figures.missed() + ","
				+ ((figures.percentMet() != null) ? figures.percentMet().toPlainString() : "") + "\n");
	}

	private static String csv(String text) {
		// A leading formula character would run in a spreadsheet: neutralise it.
		String safe = (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
