package io.yordam.escalation;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalations by day (in the desk's zone), line, level and trigger, with the tickets: for
 * supervisors, as a page, JSON and CSV.
 */
@Service
class EscalationReport {

	static final ZoneId ZONE = ZoneId.of("Asia/Tashkent");

	private final EscalationLog log;

	private final Clock clock;

	EscalationReport(EscalationLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Report of(int days, OperatorPrincipal viewer) {
		viewer.require(StaffAction.SEE_ESCALATIONS);
		if (days < 1 || days > 92) {
			throw new InvalidInputException("days", "range", "1 to 92 days");
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		Map<String, Long> byLevel = new LinkedHashMap<>();
		for (EscalationLog.Row row : this.log.since(this.clock.instant().minus(Duration.ofDays(days)))) {
			LocalDate day = row.at().atZone(ZONE).toLocalDate();
			String key = day + "|" + row.line() + "|" + row.level() + "|" + row.trigger();
			groups.computeIfAbsent(key, k -> new Group(day, row.line(), row.level(), row.trigger(), new ArrayList<>()))
				.tickets()
				.add(new TicketRef(row.ticketId(), row.number()));
			byLevel.merge(row.level(), 1L, Long::sum);
		}
		return new Report(days, List.copyOf(groups.values()), byLevel);
	}

	void csv(Report report, Writer out) throws IOException {
		out.write("day,line,level,trigger,count,tickets\n");
		for (Group group : report.groups()) {
			out.write(group.day() + "," + group.line() + "," + group.level() + "," + group.trigger() + ","
					+ group.tickets().size() + ","
					+ String.join(" ", group.tickets().stream().map(t -> "#" + t.number()).toList()) + "\n");
		}
	}

	record Report(int days, List<Group> groups, Map<String, Long> byLevel) {
	}

	/** One day's escalations on one line, to one level, by one trigger. */
	record Group(LocalDate day, String line, String level, String trigger, List<TicketRef> tickets) {

		public int count() {
			return this.tickets.size();
		}

	}

	record TicketRef(UUID ticketId, long number) {
	}

}
