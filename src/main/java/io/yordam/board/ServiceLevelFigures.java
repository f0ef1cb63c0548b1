package io.yordam.board;

import java.util.List;
import java.util.Map;

import io.yordam.tickets.TicketLine;

/** What the service levels tell the board: per line, and the tickets most at risk. */
interface ServiceLevelFigures {

	Map<TicketLine, Risk> byLine();

	List<BoardSnapshot.AtRisk> mostAtRisk(int limit);

	record Risk(long atRisk, long breached) {

		static final Risk NONE = new Risk(0, 0);

	}

}
