package io.yordam.board;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.yordam.sla.SlaClocks;
import io.yordam.sla.SlaStage;
import io.yordam.tickets.TicketFigures;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;

import org.springframework.stereotype.Component;

/** The service levels' side of the board, read from the tickets' SLA clocks. */
@Component
class SlaBoardFigures implements ServiceLevelFigures {

	private final SlaClocks clocks;

	private final TicketFigures tickets;

	SlaBoardFigures(SlaClocks clocks, TicketFigures tickets) {
		this.clocks = clocks;
		this.tickets = tickets;
	}

	@Override
	public Map<TicketLine, Risk> byLine() {
		Map<TicketLine, Risk> risk = new EnumMap<>(TicketLine.class);
		this.clocks.perLine().forEach((line, r) -> risk.put(line, new Risk(r.atRisk(), r.breached())));
		return risk;
	}

	/**
	 * The soonest due tickets that are at risk (amber, red or breached), with who has
	 * them; a ticket still green is not shown as at risk.
	 */
	@Override
	public List<BoardSnapshot.AtRisk> mostAtRisk(int limit) {
		var views = this.clocks.mostAtRisk(limit).stream().filter(v -> v.stage() != SlaStage.GREEN).toList();
		Map<TicketId, String> assignees = this.tickets.assigneeNames(views.stream().map(v -> v.ticketId()).toList());
		return views.stream()
			.map(v -> new BoardSnapshot.AtRisk(v.ticketId().value(), v.number(), v.line(), v.target().name(),
					v.stage().name(), v.dueAt(), assignees.get(v.ticketId())))
			.toList();
	}

}
