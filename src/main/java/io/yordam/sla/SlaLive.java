package io.yordam.sla;

import java.security.Principal;
import java.time.Clock;
import java.util.Map;

import io.yordam.access.Principals;
import io.yordam.common.EventExecution;
import io.yordam.realtime.TopicGuard;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the operators' pages, on {@code /topic/sla}, when a warning or a breach fired,
 * with the server's time: the countdowns tick in the browser from their due instants, and
 * set their clock by this (no polling).
 */
@Component
class SlaLive implements TopicGuard {

	static final String TOPIC = "/topic/sla";

	private final SimpMessagingTemplate broker;

	private final Clock clock;

	SlaLive(SimpMessagingTemplate broker, Clock clock) {
		this.broker = broker;
		this.clock = clock;
	}

	@Async(EventExecution.LIVE)
	@TransactionalEventListener
	void onWarned(SlaWarned event) {
		send("warned", event.ticketId().toString());
	}

	@Async(EventExecution.LIVE)
	@TransactionalEventListener
	void onBreached(SlaBreached event) {
		send("breached", event.ticketId().toString());
	}

	@Async(EventExecution.LIVE)
	@TransactionalEventListener
	void onRed(TurnedRed event) {
		send("red", event.ticketId().toString());
	}

	/** A clock passed 90%: news for the pages only, not an event of the module. */
	record TurnedRed(io.yordam.tickets.TicketId ticketId) {
	}

	private void send(String kind, String ticketId) {
		this.broker.convertAndSend(TOPIC,
				(Object) Map.of("type", kind, "ticketId", ticketId, "now", this.clock.instant().toEpochMilli()));
	}

	@Override
	public boolean claims(String destination) {
		return destination.equals(TOPIC);
	}

	@Override
	public boolean maySubscribe(Principal user, String destination) {
		return Principals.operator(user).isPresent();
	}

}
