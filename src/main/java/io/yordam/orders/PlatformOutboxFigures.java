package io.yordam.orders;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far behind the platform outbox is, for the operators' metrics: one aggregate query
 * on the pending rows, by the index on status and age (V23), never by loading them.
 */
@Service
public class PlatformOutboxFigures {

	@PersistenceContext
	private EntityManager entityManager;

	@Transactional(readOnly = true)
	public Backlog backlog() {
		Object[] row = this.entityManager.createQuery("""
				select count(a), min(a.createdAt), coalesce(sum(case when a.attempts > 0 then 1 else 0 end), 0)
				from PlatformActionRecord a where a.status = :pending""", Object[].class)
			.setParameter("pending", PlatformActionView.Status.PENDING)
			.getSingleResult();
		return new Backlog(((Number) row[0]).longValue(), ((Number) row[2]).longValue(), (Instant) row[1]);
	}

	/**
	 * @param pending requests not yet accepted or refused by the platform
	 * @param failing those of them the platform failed at least once (retried with
	 * backoff)
	 * @param oldestSince when the oldest pending one was asked for; null when none waits
	 */
	public record Backlog(long pending, long failing, Instant oldestSince) {

	}

}
