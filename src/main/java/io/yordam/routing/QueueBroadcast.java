package io.yordam.routing;

import io.yordam.common.EventExecution;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketWorkload;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live queue places: when a ticket of a line joins, leaves or moves in the queue, every
 * customer still waiting on that line gets their new place and wait on their
 * conversation's topic (which only they and operators may subscribe to). Not durable: the
 * widget reads its place again when it reconnects.
 */
@Component
class QueueBroadcast {

	/** The conversations module's topic, as the widget subscribes to it. */
	static final String TOPIC = "/topic/conversations.";

	private final SimpMessagingTemplate broker;

	private final TicketWorkload workload;

	private final QueuePlaces places;

	/**
	 * What this node last sent per conversation: a place that did not change is not sent
	 * again (a ticket opening behind a customer does not move them). Forgotten once a
	 * person has the chat.
	 */
	private final java.util.Map<java.util.UUID, QueueMessage> lastSent = new java.util.concurrent.ConcurrentHashMap<>();

	QueueBroadcast(SimpMessagingTemplate broker, TicketWorkload workload, QueuePlaces places) {
		this.broker = broker;
		this.workload = workload;
		this.places = places;
	}

	@Async(EventExecution.LIVE)
	@TransactionalEventListener
	void on(TicketChanged event) {
		if (event.change() != TicketChanged.Change.OPENED && event.change() != TicketChanged.Change.ASSIGNED
				&& event.change() != TicketChanged.Change.STATUS && event.change() != TicketChanged.Change.PRIORITY) {
			return;
		}
		if (event.assigneeId() != null && this.lastSent.remove(event.conversationId()) != null) {
			this.broker.convertAndSend(TOPIC + event.conversationId(), QueueMessage.NOT_WAITING);
		}
		this.workload.waiting(TicketRouter.PASS)
			.stream()
			.filter(t -> t.line() == event.line())
			.forEach(t -> this.places.of(t).map(QueueMessage::of).ifPresent(message -> {
				if (!message.equals(this.lastSent.put(t.conversationId(), message))) {
					this.broker.convertAndSend(TOPIC + t.conversationId(), message);
				}
			}));
	}

}
