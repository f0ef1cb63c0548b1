package io.yordam.board;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.yordam.tickets.TicketLine;

/**
 * The board at one instant, language-neutral: the page names lines, statuses and stages
 * in the viewer's language. Waits are instants, so every viewer's page counts them up
 * itself between two snapshots.
 */
public record BoardSnapshot(Instant at, List<Line> lines, List<Agent> agents, List<AtRisk> atRisk) {

	public record Line(TicketLine line, long waiting, long unassigned, Instant longestWaitingSince, long atRisk,
			long breached, int online, int away, int load, int capacity) {
	}

	/** Seconds are null until the agent has answered (solved) something today. */
	public record Agent(UUID id, String name, String status, long open, int capacity, long answered,
			Long firstResponseSeconds, long solved, Long handlingSeconds) {
	}

	public record AtRisk(UUID ticketId, long number, TicketLine line, String target, String stage, Instant dueAt,
			String assigneeName) {
	}

}
