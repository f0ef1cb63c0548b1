package io.yordam.conversations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import io.yordam.access.PlatformRole;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, UUID> {

	/**
	 * Appending takes the row lock: sequence numbers are handed out one writer at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Conversation c where c.id = :id")
	Optional<Conversation> lockById(UUID id);

	@Query("select a from Attachment a where a.id = :id")
	Optional<Attachment> findAttachment(UUID id);

	List<Conversation> findByParticipantRoleAndParticipantIdOrderByCreatedAtDesc(PlatformRole participantRole,
			String participantId, Limit limit);

	Optional<Conversation> findByParticipantRoleAndParticipantIdAndStartKey(PlatformRole role, String participantId,
			String startKey);

	long countByParticipantRoleAndParticipantIdAndCreatedAtAfter(PlatformRole role, String participantId,
			Instant since);

}
