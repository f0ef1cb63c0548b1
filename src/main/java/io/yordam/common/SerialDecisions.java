package io.yordam.common;

import java.util.Arrays;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises the decisions that read a total and then act on it: a requester's payouts
 * this shift, a customer's claims and compensation, a participant's recent conversation
 * starts. Two such decisions about one key, on any node, run one after the other: the
 * second reads the totals only after the first has committed, so no interleaving of
 * parallel requests passes a limit that each alone would respect.
 * <p>
 * A key hashes to one of a fixed set of lock rows ({@code decision_locks}), locked
 * {@code FOR UPDATE} until the caller's transaction ends. The rows exist from the
 * migration on, so locking never races an insert; two keys sharing a row merely wait for
 * each other. Rows are always locked in ascending order, so decisions locking several
 * keys (a requester, then a customer) cannot deadlock each other.
 */
@Component
public class SerialDecisions {

	static final int SLOTS = 1024;

	// H2 gives up on a row lock after 2 s; PostgreSQL waits. Waiting our turn is the
	// point, so a timed-out wait is tried again (H2 fails the statement, not the
	// transaction), about half a minute in all.
	private static final int ATTEMPTS = 15;

	private final JdbcTemplate jdbc;

	SerialDecisions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What a decision is about. */
	public enum Scope {

		/** An operator, the bot or the system, paying within their limits. */
		REQUESTER,
		/** A customer, whose claims and compensation the abuse signals total. */
		CUSTOMER,
		/** A chat participant (role and id), whose starts are counted. */
		PARTICIPANT

	}

	public record Key(Scope scope, String value) {

		public Key {
			if (scope == null || value == null) {
				throw new IllegalArgumentException("A decision key needs a scope and a value");
			}
		}

		int slot() {
			return Math.floorMod((this.scope.name() + ":" + this.value).hashCode(), SLOTS);
		}

	}

	/**
	 * Holds the keys until the caller's transaction ends. Call it before reading the
	 * totals the decision depends on.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(Key... keys) {
		int[] slots = Arrays.stream(keys).mapToInt(Key::slot).distinct().sorted().toArray();
		for (int slot : slots) {
			lockSlot(slot);
		}
	}

	private void lockSlot(int slot) {
		for (int attempt = 1;; attempt++) {
			try {
				this.jdbc.queryForObject("select slot from decision_locks where slot = ? for update", Integer.class,
						slot);
				return;
			}
			catch (PessimisticLockingFailureException | QueryTimeoutException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
