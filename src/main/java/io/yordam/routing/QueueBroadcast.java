package io.yordam.routing;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.yordam.common.EventExecution;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketSummary;
import io.yordam.tickets.TicketWorkload;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
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
 * run one at a time on this node, on a thread of their own, always from the current
 * state, and an event arriving during a pass makes one more pass after it. A pass reads
 * the whole queue, so they are at least {@code yordam.routing.queue-places.gap} apart (a
 * quarter of a second): in a storm, the changes of that time are one pass, not one each
 * (issue 14's profile had passes at 5 % of the server's CPU).
 */
@Component
class QueueBroadcast {

	private static final Logger log = LoggerFactory.getLogger(QueueBroadcast.class);

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

	/** A pass is due: the events since are covered by it. */
	private final AtomicBoolean due = new AtomicBoolean();

	private final long gapMillis;

	private final ScheduledExecutorService passes = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("queue-places").daemon().factory());

	QueueBroadcast(SimpMessagingTemplate broker, TicketWorkload workload, QueuePlaces places,
			@Value("${yordam.routing.queue-places.gap:PT0.25S}") Duration gap) {
		this.broker = broker;
		this.workload = workload;
		this.places = places;
		this.gapMillis = gap.toMillis();
	}

	@PreDestroy
	void stop() {
		this.passes.shutdownNow();
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

	/**
	 * A pass within the gap, unless one is due already (it will read this change too).
	 */
	void announce() {
		if (this.due.compareAndSet(false, true)) {
			this.passes.schedule(this::passNow, this.gapMillis, TimeUnit.MILLISECONDS);
		}
	}

	private void passNow() {
		// Cleared before reading: a change committed during the pass makes the next one.
		this.due.set(false);
		try {
			pass();
		}
		catch (RuntimeException ex) {
			// The next change makes another pass; the widget reads its place on
			// reconnect.
			log.warn("A pass over the queue's places failed", ex);
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
