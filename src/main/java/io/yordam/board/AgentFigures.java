package io.yordam.board;

import java.util.List;
import java.util.UUID;

import io.yordam.tickets.TicketLine;

/** Who is on duty: each agent's status, load, capacity and the lines they serve. */
interface AgentFigures {

	List<OnDuty> agents();

	record OnDuty(UUID id, String name, String status, int load, int capacity, java.util.Set<TicketLine> lines) {

		boolean online() {
			return "ONLINE".equals(this.status);
		}

		boolean away() {
			return "AWAY".equals(this.status);
		}

	}

}
