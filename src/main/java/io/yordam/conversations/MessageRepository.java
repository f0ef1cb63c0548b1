package io.yordam.conversations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.PlatformRole;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, UUID> {

	@Query("select m from Message m left join fetch m.attachment where m.conversationId = :conversationId and m.seq > :afterSeq order by m.seq")
	List<Message> findAfter(UUID conversationId, long afterSeq, Limit limit);

	Optional<Message> findByConversationIdAndAuthorIdAndClientMessageId(UUID conversationId, String authorId,
			String clientMessageId);

	long countByAuthorIdAndCreatedAtAfter(String authorId, Instant since);

	/**
	 * A participant's recent messages, by role and id: a courier whose id equals a
	 * customer's has a budget of their own.
	 */
	@Query("""
			select count(m) from Message m, Conversation c
			where c.id = m.conversationId and m.authorKind = io.yordam.conversations.AuthorKind.PARTICIPANT
			and c.participantRole = :role and m.authorId = :id and m.createdAt > :since""")
	long countOfParticipantSince(PlatformRole role, String id, Instant since);

}
