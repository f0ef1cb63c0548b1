package io.yordam.routing;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.yordam.common.EventExecution;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketSummary;
import io.yordam.tickets.TicketWorkload;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live queue places: when a ticket of a line joins, leaves or moves in the queue, every
 * customer still waiting on that line gets their new place and wait on their
 * conversation's topic (which only they and operators may subscribe to). Not durable: the
 * widget reads its place again when it reconnects.
 * <p>
 * A change only marks its line; a beat (every half second) recomputes each marked line
 * once, with one read of the queue and one of the line's capacity, and sends only the
 * places that moved. A burst of a thousand changes thus costs two recomputations a
 * second, not a thousand, and never queues behind the live broadcasts of the chat. Only
 * the first {@link TicketRouter#PASS} waiting tickets are told; those further back read
 * their place when they open the chat and hear as they move up.
 */
@Component
class QueueBroadcast {

	/** The conversations module's topic, as the widget subscribes to it. */
	static final String TOPIC = "/topic/conversations.";

	private final SimpMessagingTemplate broker;

	private final TicketWorkload workload;

	private final QueuePlaces places;

	private final Set<TicketLine> stale = ConcurrentHashMap.newKeySet();

	/**
	 * What this node last sent per conversation: a place that did not change is not sent
	 * again (a ticket opening behind a customer does not move them). Forgotten once a
	 * person has the chat.
	 */
	private final Map<UUID, QueueMessage> lastSent = new ConcurrentHashMap<>();

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
		this.stale.add(event.line());
	}

	@Scheduled(fixedDelayString = "${yordam.routing.queue-beat:PT0.5S}", initialDelayString = "PT2S")
	void beat() {
		if (this.stale.isEmpty()) {
			return;
		}
		Set<TicketLine> lines = EnumSet.noneOf(TicketLine.class);
		for (TicketLine line : TicketLine.values()) {
			if (this.stale.remove(line)) {
				lines.add(line);
			}
		}
		List<TicketSummary> waiting = this.workload.waiting(TicketRouter.PASS);
		for (TicketLine line : lines) {
			QueuePlaces.Line capacity = this.places.line(line);
			long place = 0;
			for (TicketSummary ticket : waiting) {
				if (ticket.line() == line) {
					place++;
					QueueMessage message = QueueMessage.of(capacity.estimate(place));
					if (!message.equals(this.lastSent.put(ticket.conversationId(), message))) {
						this.broker.convertAndSend(TOPIC + ticket.conversationId(), message);
					}
				}
			}
		}
	}

}
