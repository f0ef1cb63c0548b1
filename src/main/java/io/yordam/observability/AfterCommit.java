package io.yordam.observability;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts once the publisher's transaction committed: a plain listener sees the event
 * before the commit, and a message whose transaction rolls back (a lost race retried) was
 * never sent. A synchronization, not a transactional listener: no registry row, no
 * executor, a few nanoseconds on the publisher's thread.
 */
final class AfterCommit {

	private AfterCommit() {
	}

	static void run(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
