package io.yordam.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Incident i where i.id = :id")
	Optional<Incident> lockById(UUID id);

	List<Incident> findByTicketIdOrderByCreatedAt(UUID ticketId);

	List<Incident> findByConversationIdAndTicketIdIsNull(UUID conversationId);

	List<Incident> findByStatusOrderByUpdatedAt(IncidentStatus status, Limit limit);

	boolean existsByOrderIdAndType(String orderId, IncidentType type);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Incident> findFirstByOrderIdAndTypeAndStatus(String orderId, IncidentType type, IncidentStatus status);

	@Query("select count(i) from Incident i where i.customerId = :customerId and i.createdAt >= :since and i.type <> io.yordam.incidents.IncidentType.UNPAID_ORDER")
	int claimsSince(String customerId, Instant since);

	@Query("select count(i) from Incident i where i.orderId = :orderId and i.type <> io.yordam.incidents.IncidentType.UNPAID_ORDER")
	int claimsOnOrder(String orderId);

	List<Incident> findByCreatedAtGreaterThanEqual(Instant since);

	@Query("select count(i) from Incident i where i.ticketId = :ticketId and i.fault is null")
	int withoutFault(UUID ticketId);

}
