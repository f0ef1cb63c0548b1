package io.yordam.routing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import io.yordam.common.EventExecution;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketSummary;
import io.yordam.tickets.TicketWorkload;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live queue places: when a ticket joins, leaves or moves in the queue, or an agent
 * comes, goes or changes skills, every customer still waiting gets their new place and
 * wait (when it changed) on their conversation's topic (which only they and operators may
 * subscribe to), and a customer who stopped waiting is told so. Not durable: the widget
 * reads its place again when it reconnects.
 * <p>
 * Events arrive on several threads at once, each after its own commit. A pass computed
 * from a read taken just before a ticket was assigned must not be the last word: passes
 * run one at a time on this node, always from the current state, and an event arriving
 * during a pass makes one more pass after it (bursts coalesce into that one).
 */
@Component
class QueueBroadcast {

	/** The conversations module's topic, as the widget subscribes to it. */
	static final String TOPIC = "/topic/conversations.";

	private final SimpMessagingTemplate broker;

	private final TicketWorkload workload;

	private final QueuePlaces places;

	/**
	 * What this node last sent per waiting conversation: a place that did not change is
	 * not sent again (a ticket opening behind a customer does not move them).
	 */
	private final Map<UUID, QueueMessage> lastSent = new ConcurrentHashMap<>();

	/**
	 * Assigned since the last pass: told they no longer wait, even if another node told
	 * them they did.
	 */
	private final Set<UUID> taken = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean dirty = new AtomicBoolean();

	private final ReentrantLock passing = new ReentrantLock();

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
		if (event.change() == TicketChanged.Change.ASSIGNED && event.assigneeId() != null) {
			this.taken.add(event.conversationId());
		}
		announce();
	}

	/**
	 * The wait depends on who is online, not only on the queue: an agent going offline
	 * with nobody left on a line makes the wait unknown, and coming online (even at full
	 * capacity) makes it known. A change of load comes with the ticket's own change.
	 */
	@Async(EventExecution.LIVE)
	@TransactionalEventListener
	void on(AgentAvailabilityChanged event) {
		if (event.change() != AgentAvailabilityChanged.Change.LOAD) {
			announce();
		}
	}

	/** Runs a pass, or leaves one more to the thread running one. */
	void announce() {
		this.dirty.set(true);
		while (this.dirty.get() && this.passing.tryLock()) {
			try {
				if (this.dirty.getAndSet(false)) {
					pass();
				}
			}
			finally {
				this.passing.unlock();
			}
		}
	}

	/**
	 * One pass: the queue read once, and each line's capacity once (not per customer), so
	 * that a queue of a thousand costs a handful of queries.
	 */
	private void pass() {
		List<TicketSummary> queue = this.workload.waiting(TicketRouter.PASS);
		Set<UUID> waiting = queue.stream().map(TicketSummary::conversationId).collect(Collectors.toSet());
		Set<UUID> left = new java.util.HashSet<>(this.taken);
		this.taken.removeAll(left);
		this.lastSent.keySet().stream().filter(c -> !waiting.contains(c)).forEach(left::add);
		left.stream().filter(c -> !waiting.contains(c)).forEach(c -> {
			this.lastSent.remove(c);
			this.broker.convertAndSend(TOPIC + c, QueueMessage.NOT_WAITING);
		});
		Map<TicketLine, QueuePlaces.Line> lines = new EnumMap<>(TicketLine.class);
		Map<TicketLine, Long> places = new EnumMap<>(TicketLine.class);
		Set<UUID> told = new java.util.HashSet<>();
		for (TicketSummary ticket : queue) {
			long place = places.merge(ticket.line(), 1L, Long::sum);
			if (!told.add(ticket.conversationId())) {
				continue;
			}
			QueueMessage message = QueueMessage
				.of(lines.computeIfAbsent(ticket.line(), this.places::line).estimate(place));
			if (!message.equals(this.lastSent.put(ticket.conversationId(), message))) {
				this.broker.convertAndSend(TOPIC + ticket.conversationId(), message);
			}
		}
	}

}
