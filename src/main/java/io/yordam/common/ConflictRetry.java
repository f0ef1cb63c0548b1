package io.yordam.common;

import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a piece of work in a transaction of its own, again when it lost a race (an
 * optimistic lock, a deadlock, or a unique key another writer took first). Event
 * listeners use it: several events about one ticket or customer can be handled at once,
 * and each must land rather than fail the publication.
 */
public final class ConflictRetry {

	private static final int ATTEMPTS = 5;

	private final TransactionTemplate transactions;

	public ConflictRetry(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	public <T> T call(Supplier<T> work) {
		return again(() -> this.transactions.execute(status -> work.get()));
	}

	/**
	 * The same retries for work that opens its own transaction (a {@code @Transactional}
	 * service method), named as it is.
	 */
	public <T> T again(Supplier<T> transactionalWork) {
		RuntimeException last = null;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				return transactionalWork.get();
			}
			catch (OptimisticLockingFailureException | PessimisticLockingFailureException
					| DataIntegrityViolationException ex) {
				last = ex;
			}
		}
		throw last;
	}

}
