package io.yordam.conversations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, UUID> {

	@Query("select m from Message m left join fetch m.attachment where m.conversationId = :conversationId and m.seq > :afterSeq order by m.seq")
	List<Message> findAfter(UUID conversationId, long afterSeq, Limit limit);

	Optional<Message> findByConversationIdAndAuthorIdAndClientMessageId(UUID conversationId, String authorId,
			String clientMessageId);

	long countByAuthorIdAndCreatedAtAfter(String authorId, Instant since);

}
