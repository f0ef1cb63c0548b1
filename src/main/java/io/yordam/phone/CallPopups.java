package io.yordam.phone;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

import io.yordam.access.OperatorId;
import io.yordam.access.Principals;
import io.yordam.realtime.TopicGuard;
import io.yordam.routing.AgentRoster;
import io.yordam.routing.AgentStatus;
import io.yordam.routing.AgentView;
import io.yordam.tickets.TicketLine;

/**
 * Pops a ringing call up in agents' workspaces, on each agent's own topic
 * {@code /topic/phone.<operator id>} (only that operator may subscribe). The frame names
 * the call only: the page reads the card (who calls, their order and ticket) through the
 * workspace, as that agent, in their language. A call ringing at an extension pops up for
 * its agent; one ringing in a line's queue, for the online agents of that line. Live
 * only: a frame missed is a call the agent did not see ring, as on a desk phone.
 */
class CallPopups implements TopicGuard {

	static final String PREFIX = "/topic/phone.";

	private final SimpMessagingTemplate broker;

	private final AgentRoster roster;

	private final PhoneCalls calls;

	CallPopups(SimpMessagingTemplate broker, AgentRoster roster, PhoneCalls calls) {
		this.broker = broker;
		this.roster = roster;
		this.calls = calls;
	}

	@Async
	@TransactionalEventListener
	void on(CallIntake.CallRang event) {
		this.calls.find(event.callId()).ifPresent(call -> {
			Set<OperatorId> to = new LinkedHashSet<>();
			if (event.ringsAt() != null) {
				to.add(event.ringsAt());
			}
			else {
				TicketLine line = (call.line == CtiEvent.Line.COURIERS) ? TicketLine.COURIERS
						: TicketLine.CUSTOMERS_PARTNERS;
				this.roster.agents()
					.stream()
					.filter(agent -> agent.status() == AgentStatus.ONLINE && agent.skills().lines().contains(line))
					.map(AgentView::id)
					.forEach(to::add);
			}
			to.forEach(agent -> send(agent, "ringing", call.callId));
		});
	}

	@Async
	@TransactionalEventListener
	void on(CallIntake.CallClosed event) {
		this.roster.agents().forEach(agent -> send(agent.id(), "closed", event.callId()));
	}

	/** The answering agent's card shows the call's ticket; everybody else's closes. */
	void answered(PhoneCall call, OperatorId agent) {
		this.roster.agents()
			.stream()
			.filter(other -> !other.id().equals(agent))
			.forEach(other -> send(other.id(), "closed", call.callId));
		send(agent, "answered", call.callId);
	}

	private void send(OperatorId to, String type, String callId) {
		this.broker.convertAndSend(PREFIX + to.value(), (Object) Map.of("type", type, "callId", callId));
	}

	@Override
	public boolean claims(String destination) {
		return destination.startsWith(PREFIX);
	}

	@Override
	public boolean maySubscribe(Principal user, String destination) {
		return Principals.operator(user)
			.filter(operator -> destination.equals(PREFIX + operator.id().value()))
			.isPresent();
	}

}
