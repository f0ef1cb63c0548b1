package io.yordam.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins in the database, so that every node sees one count. A failure is
 * one atomic increment per key; the increment's row lock is held until the lock time is
 * written, so parallel failures are each counted and none reads a stale count. Keys are
 * taken in one order (pair, account, address): parallel failures never deadlock.
 */
@Component
class SignInThrottle {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SignInThrottle(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	SignInLimits.Decision check(String username, String address) {
		Instant now = this.clock.instant();
		Instant until = null;
		for (SignInLimits scope : SignInLimits.values()) {
			List<OffsetDateTime> locks = this.jdbc.query(
					"select locked_until from sign_in_throttle where scope = ? and subject = ?",
					(rs, row) -> rs.getObject(1, OffsetDateTime.class), scope.name(),
					subject(scope, username, address));
			for (OffsetDateTime lock : locks) {
				if (lock != null && lock.toInstant().isAfter(now)
						&& (until == null || lock.toInstant().isAfter(until))) {
					until = lock.toInstant();
				}
			}
		}
		return (until != null) ? new SignInLimits.Locked(until) : new SignInLimits.Allowed();
	}

	/** Counts a wrong password; answers the lock it earned, if any. */
	Optional<Instant> failed(String username, String address) {
		Instant now = this.clock.instant();
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		OffsetDateTime runStart = OffsetDateTime.ofInstant(now.minus(SignInLimits.RUN_ENDS_AFTER), ZoneOffset.UTC);
		return this.transactions.execute(tx -> {
			Instant longest = null;
			for (SignInLimits scope : SignInLimits.values()) {
				String subject = subject(scope, username, address);
				this.jdbc.update("insert into sign_in_throttle (scope, subject, failures, last_failure_at) "
						+ "values (?, ?, 0, ?) on conflict do nothing", scope.name(), subject, at);
				this.jdbc.update(
						"update sign_in_throttle set failures = case when last_failure_at < ? then 1 "
								+ "else failures + 1 end, last_failure_at = ? where scope = ? and subject = ?",
						runStart, at, scope.name(), subject);
				Integer failures = this.jdbc.queryForObject(
						"select failures from sign_in_throttle where scope = ? and subject = ?", Integer.class,
						scope.name(), subject);
				Optional<Instant> lock = scope.lockAfter((failures != null) ? failures : 0, now);
				if (lock.isPresent()) {
					OffsetDateTime until = OffsetDateTime.ofInstant(lock.get(), ZoneOffset.UTC);
					this.jdbc.update(
							"update sign_in_throttle set locked_until = ? where scope = ? and subject = ? "
									+ "and (locked_until is null or locked_until < ?)",
							until, scope.name(), subject, until);
					longest = (longest == null || lock.get().isAfter(longest)) ? lock.get() : longest;
				}
			}
			return Optional.ofNullable(longest);
		});
	}

	/** A right password ends the runs of its account and pair (not of its address). */
	void succeeded(String username, String address) {
		for (SignInLimits scope : List.of(SignInLimits.PAIR, SignInLimits.ACCOUNT)) {
			this.jdbc.update("delete from sign_in_throttle where scope = ? and subject = ?", scope.name(),
					subject(scope, username, address));
		}
	}

	private static String subject(SignInLimits scope, String username, String address) {
		String account = clip(username.strip().toLowerCase(Locale.ROOT), 64);
		return switch (scope) {
			case PAIR -> account + " " + clip(address, 63);
			case ACCOUNT -> account;
			case ADDRESS -> clip(address, 64);
		};
	}

	static String clip(String value, int length) {
		return (value.length() > length) ? value.substring(0, length) : value;
	}

}
