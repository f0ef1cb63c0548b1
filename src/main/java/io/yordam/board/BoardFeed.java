package io.yordam.board;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.yordam.sla.SlaBreached;
import io.yordam.sla.SlaWarned;
import io.yordam.tickets.TicketChanged;

import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pushes the board when something on it changed. A change only marks the board stale; a
 * beat every quarter second sends a fresh snapshot if it is: a thousand changes in a
 * burst cost four computations a second, not a thousand, and nobody polls. Each node
 * pushes what its own changes caused, through the broker (the relay on several nodes), so
 * every supervisor sees every node's changes.
 */
@Component
class BoardFeed {

	static final String TOPIC = "/topic/board";

	private final AtomicBoolean stale = new AtomicBoolean(true);

	/** Whether the last beat pushed a change: the next one pushes once more. */
	private volatile boolean trailing;

	private final AtomicLong beats = new AtomicLong();

	private final AtomicLong pushes = new AtomicLong();

	private final Board board;

	private final SimpMessagingTemplate broker;

	BoardFeed(Board board, SimpMessagingTemplate broker) {
		this.board = board;
		this.broker = broker;
	}

	@EventListener
	void on(TicketChanged event) {
		changed();
	}

	@EventListener
	void on(SlaWarned event) {
		changed();
	}

	@EventListener
	void on(SlaBreached event) {
		changed();
	}

	/**
	 * Something the board shows changed (also called by the agents' source). Plain
	 * listeners, not transactional ones, on purpose: Modulith keeps a registry row for
	 * every transactional listener and marks it in a transaction of its own while the
	 * publisher still holds its connection, so a burst of changes waited on the pool. The
	 * change may not have committed when the next beat reads the board: the beat after
	 * reads it again ({@link #beat()}).
	 */
	void changed() {
		this.stale.set(true);
	}

	/**
	 * A stale board is read and pushed, and read and pushed once more on the next beat,
	 * so that a change committed just after the first read still reaches the supervisors
	 * a quarter second later.
	 */
	@Scheduled(fixedDelayString = "${yordam.board.beat:PT0.25S}", initialDelayString = "PT2S")
	void beat() {
		this.beats.incrementAndGet();
		boolean changed = this.stale.getAndSet(false);
		if (changed || this.trailing) {
			this.trailing = changed;
			this.broker.convertAndSend(TOPIC, this.board.now());
			this.pushes.incrementAndGet();
		}
	}

	/** Whether every change seen has been pushed, the trailing push too. */
	boolean settled() {
		return !this.stale.get() && !this.trailing;
	}

	/**
	 * Beats and pushes so far, and whether the board is stale: for the bench's report.
	 */
	long[] counts() {
		return new long[] { this.beats.get(), this.pushes.get(), this.stale.get() ? 1 : 0 };
	}

}
