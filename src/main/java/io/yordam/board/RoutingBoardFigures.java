package io.yordam.board;

import java.util.List;

import io.yordam.routing.AgentAvailabilityChanged;
import io.yordam.routing.AgentRoster;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/** The agents' side of the board, from routing's roster; a change there refreshes it. */
@Component
class RoutingBoardFigures implements AgentFigures {

	private final AgentRoster roster;

	private final BoardFeed feed;

	RoutingBoardFigures(AgentRoster roster, BoardFeed feed) {
		this.roster = roster;
		this.feed = feed;
	}

	@Override
	public List<OnDuty> agents() {
		return this.roster.agents()
			.stream()
			.map(a -> new OnDuty(a.id().value(), a.displayName(), a.status().name(), a.openChats(), a.capacity(),
					a.skills().lines()))
			.toList();
	}

	@EventListener
	void on(AgentAvailabilityChanged event) {
		this.feed.changed();
	}

}
