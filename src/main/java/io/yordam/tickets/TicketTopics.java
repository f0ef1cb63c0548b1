package io.yordam.tickets;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.yordam.access.Principals;
import io.yordam.realtime.TopicGuard;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Controller;
import io.yordam.common.EventExecution;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live ticket updates for operators only: {@code /topic/queue} when any ticket changes,
 * and {@code /topic/tickets.<id>} for changes and presence (who else has the ticket
 * open). Presence is a heartbeat each viewer's page sends; pages forget a viewer that
 * stops sending, so nothing is kept on the server and every node sees the same through
 * the broker.
 */
@Controller
class TicketTopics implements TopicGuard {

	static final String QUEUE = "/topic/queue";

	static final String TICKET_PREFIX = "/topic/tickets.";

	private final SimpMessagingTemplate broker;

	TicketTopics(SimpMessagingTemplate broker) {
		this.broker = broker;
	}

	@Async(EventExecution.LIVE)
	@TransactionalEventListener
	void on(TicketChanged event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", "ticket");
		payload.put("ticketId", event.ticketId().toString());
		payload.put("number", event.number());
		payload.put("status", event.status().name());
		payload.put("change", event.change().wire());
		this.broker.convertAndSend(QUEUE, (Object) payload);
		this.broker.convertAndSend(TICKET_PREFIX + event.ticketId(), (Object) payload);
	}

	@MessageMapping("/tickets.{id}.presence")
	void presence(@DestinationVariable String id, Principal user) {
		Principals.operator(user).ifPresent(operator -> {
			if (id.matches("[0-9a-f-]{36}")) {
				this.broker.convertAndSend(TICKET_PREFIX + id, (Object) Map.of("type", "presence", "operatorId",
						operator.id().toString(), "name", operator.displayName()));
			}
		});
	}

	@Override
	public boolean claims(String destination) {
		return destination.equals(QUEUE) || destination.startsWith(TICKET_PREFIX);
	}

	@Override
	public boolean maySubscribe(Principal user, String destination) {
		return Principals.operator(user).isPresent();
	}

	@Override
	public boolean claimsSend(String destination) {
		return destination.startsWith("/app/tickets.") && destination.endsWith(".presence");
	}

	/** Presence is an operator's heartbeat. */
	@Override
	public boolean maySend(Principal user, String destination) {
		return Principals.operator(user).isPresent();
	}

}
