package io.yordam.bot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BotSessionRepository extends JpaRepository<BotSession, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from BotSession s where s.conversationId = :id")
	Optional<BotSession> lockById(UUID id);

	/** The sessions that ended (either way) in a period, for the containment report. */
	List<BotSession> findByClosedAtGreaterThanEqualAndClosedAtLessThanAndOutcomeIsNotNull(Instant from, Instant to);

	/** Whether the customer came back about the order in another conversation. */
	@Query("""
			select count(s) > 0 from BotSession s where s.customerId = :customerId and s.orderId = :orderId
			and s.conversationId <> :conversationId and s.startedAt > :after and s.startedAt < :before
			""")
	boolean contactedAgain(String customerId, String orderId, UUID conversationId, Instant after, Instant before);

}
