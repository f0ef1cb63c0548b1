package io.yordam.board;

import java.util.concurrent.atomic.AtomicBoolean;

import io.yordam.sla.SlaBreached;
import io.yordam.sla.SlaWarned;
import io.yordam.tickets.TicketChanged;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pushes the board when something on it changed. A change only marks the board stale; a
 * beat every quarter second sends one fresh snapshot if it is: a thousand changes in a
 * burst cost four computations a second, not a thousand, and nobody polls. Each node
 * pushes what its own changes caused, through the broker (the relay on several nodes), so
 * every supervisor sees every node's changes.
 */
@Component
class BoardFeed {

	static final String TOPIC = "/topic/board";

	private final AtomicBoolean stale = new AtomicBoolean(true);

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
	 * Something the board shows changed (also called by the agents' source). Marked once
	 * the change commits: a snapshot read before would miss it. A plain listener, not a
	 * transactional one, on purpose: Modulith keeps a registry row for every
	 * transactional listener, and marks it in a transaction of its own while the
	 * publisher still holds its connection; a burst of changes then waits on the pool.
	 */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					BoardFeed.this.stale.set(true);
				}
			});
		}
		else {
			this.stale.set(true);
		}
	}

	@Scheduled(fixedDelayString = "${yordam.board.beat:PT0.25S}", initialDelayString = "PT2S")
	void beat() {
		if (this.stale.getAndSet(false)) {
			this.broker.convertAndSend(TOPIC, this.board.now());
		}
	}

}
