package io.yordam.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: there is no update and no delete. */
interface LedgerTransactionRepository extends Repository<LedgerTransaction, UUID> {

	LedgerTransaction save(LedgerTransaction transaction);

	Optional<LedgerTransaction> findById(UUID id);

	/**
	 * The row is never updated: the lock only makes reversals of one transaction take
	 * turns.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from LedgerTransaction t where t.id = :id")
	Optional<LedgerTransaction> lockById(UUID id);

	Optional<LedgerTransaction> findByIdempotencyKey(String idempotencyKey);

	List<LedgerTransaction> findByCustomerIdOrderByCreatedAtDesc(String customerId, Limit limit);

	List<LedgerTransaction> findByCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAt(Instant from,
			Instant to, Limit limit);

	@Query("select coalesce(sum(e.amount), 0) from LedgerTransaction t join t.entries e where e.account = :account")
	long sumOfAccount(String account);

	@Query("select coalesce(sum(t.amount), 0) from LedgerTransaction t where t.actorId = :actorId and t.createdAt >= :since")
	long paidBy(String actorId, Instant since);

	@Query("select coalesce(sum(t.amount), 0) from LedgerTransaction t where t.customerId = :customerId and t.createdAt >= :since")
	long paidTo(String customerId, Instant since);

	@Query("select coalesce(sum(t.amount), 0) from LedgerTransaction t where t.incidentId = :incidentId")
	long paidFor(UUID incidentId);

	@Query("select t.reversesId from LedgerTransaction t where t.reversesId in :ids")
	List<UUID> reversedAmong(List<UUID> ids);

}
