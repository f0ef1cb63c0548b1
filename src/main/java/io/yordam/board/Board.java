package io.yordam.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.tickets.TicketFigures;
import io.yordam.tickets.TicketLine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Puts the board together from the tickets' figures, the service levels' and the agents'.
 * A source that is not there (routing or SLAs switched off) leaves its columns empty
 * rather than the board.
 */
@Service
public class Board {

	/** The working day starts at midnight in the service's city. */
	static final ZoneId DAY_ZONE = ZoneId.of("Asia/Tashkent");

	static final int AT_RISK_SHOWN = 20;

	private final TicketFigures tickets;

	private final ObjectProvider<ServiceLevelFigures> serviceLevels;

	private final ObjectProvider<AgentFigures> agents;

	private final Clock clock;

	Board(TicketFigures tickets, ObjectProvider<ServiceLevelFigures> serviceLevels, ObjectProvider<AgentFigures> agents,
			Clock clock) {
		this.tickets = tickets;
		this.serviceLevels = serviceLevels;
		this.agents = agents;
		this.clock = clock;
	}

	public BoardSnapshot now() {
		Instant now = this.clock.instant();
		ServiceLevelFigures sla = this.serviceLevels.getIfAvailable();
		Map<TicketLine, ServiceLevelFigures.Risk> risk = (sla != null) ? sla.byLine() : Map.of();
		AgentFigures roster = this.agents.getIfAvailable();
		List<AgentFigures.OnDuty> onDuty = (roster != null) ? roster.agents() : List.of();
		List<BoardSnapshot.Line> lines = this.tickets.waitingByLine()
			.stream()
			.map(queue -> line(queue, risk.getOrDefault(queue.line(), ServiceLevelFigures.Risk.NONE), onDuty))
			.toList();
		Instant dayStart = LocalDate.ofInstant(now, DAY_ZONE).atStartOfDay(DAY_ZONE).toInstant();
		return new BoardSnapshot(now, lines, agents(onDuty, this.tickets.agentsSince(dayStart)),
				(sla != null) ? sla.mostAtRisk(AT_RISK_SHOWN) : List.of());
	}

	private static BoardSnapshot.Line line(TicketFigures.LineQueue queue, ServiceLevelFigures.Risk risk,
			List<AgentFigures.OnDuty> onDuty) {
		List<AgentFigures.OnDuty> serving = onDuty.stream().filter(a -> a.lines().contains(queue.line())).toList();
		List<AgentFigures.OnDuty> online = serving.stream().filter(AgentFigures.OnDuty::online).toList();
		return new BoardSnapshot.Line(queue.line(), queue.waiting(), queue.unassigned(), queue.longestWaitingSince(),
				risk.atRisk(), risk.breached(), online.size(),
				(int) serving.stream().filter(AgentFigures.OnDuty::away).count(),
				online.stream().mapToInt(AgentFigures.OnDuty::load).sum(),
				online.stream().mapToInt(AgentFigures.OnDuty::capacity).sum());
	}

	/**
	 * Everyone on duty, and anyone else who worked a ticket today (an agent gone offline
	 * still has their day's figures).
	 */
	private static List<BoardSnapshot.Agent> agents(List<AgentFigures.OnDuty> onDuty,
			List<TicketFigures.AgentDay> days) {
		Map<UUID, TicketFigures.AgentDay> dayOf = new LinkedHashMap<>();
		days.forEach(day -> dayOf.put(day.operatorId(), day));
		List<BoardSnapshot.Agent> agents = new ArrayList<>();
		for (AgentFigures.OnDuty agent : onDuty) {
			TicketFigures.AgentDay day = dayOf.remove(agent.id());
			agents.add(agent(agent.id(), agent.name(), agent.status(), agent.capacity(), day));
		}
		dayOf.values().forEach(day -> agents.add(agent(day.operatorId(), day.name(), "OFFLINE", 0, day)));
		agents.sort(Comparator.comparing(BoardSnapshot.Agent::status, Comparator.comparingInt(Board::statusOrder))
			.thenComparing(BoardSnapshot.Agent::name, Comparator.nullsLast(Comparator.naturalOrder())));
		return agents;
	}

	private static BoardSnapshot.Agent agent(UUID id, String name, String status, int capacity,
			TicketFigures.AgentDay day) {
		if (day == null) {
			return new BoardSnapshot.Agent(id, name, status, 0, capacity, 0, null, 0, null);
		}
		return new BoardSnapshot.Agent(id, name, status, day.open(), capacity, day.answered(),
				(day.firstResponseAverage() != null) ? day.firstResponseAverage().toSeconds() : null, day.solved(),
				(day.handlingAverage() != null) ? day.handlingAverage().toSeconds() : null);
	}

	private static int statusOrder(String status) {
		return switch (status) {
			case "ONLINE" -> 0;
			case "AWAY" -> 1;
			default -> 2;
		};
	}

}
