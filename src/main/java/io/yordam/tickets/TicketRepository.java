package io.yordam.tickets;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.PlatformRole;
import io.yordam.conversations.Channel;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, UUID> {

	@Query(value = "select nextval('ticket_number_seq')", nativeQuery = true)
	long nextNumber();

	Optional<Ticket> findFirstByConversationIdOrderByCreatedAtDesc(UUID conversationId);

	Optional<Ticket> findByNumber(long number);

	/**
	 * A page of the queue: the bucket condition lets the database read its index in
	 * order; a slice (one row more than the page, no total) keeps a deep page of a
	 * million solved tickets cheap.
	 */
	@Query("""
			select t from Ticket t
			where t.queueBucket in :buckets and t.status in :statuses
			  and (:line is null or t.line = :line)
			  and (:channel is null or t.channel = :channel)
			  and (:assignee is null or t.assigneeId = :assignee)
			  and (:unassigned = false or t.assigneeId is null)
			""")
	Slice<Ticket> queue(Collection<Short> buckets, Collection<TicketStatus> statuses, TicketLine line, Channel channel,
			UUID assignee, boolean unassigned, Pageable page);

	/** The tickets of these orders, the newest first. */
	List<Ticket> findByOrderIdInOrderByCreatedAtDesc(Collection<String> orderIds, Limit limit);

	/** The tickets of these requesters of a role, the newest first. */
	List<Ticket> findByRequesterRoleAndRequesterIdInOrderByCreatedAtDesc(PlatformRole role,
			Collection<String> requesterIds, Limit limit);

	/** The id of the ticket with this number (#1042), without loading it. */
	@Query("select t.id from Ticket t where t.number = :number")
	Optional<UUID> idByNumber(long number);

	/** The tickets merged straight into this one. */
	List<Ticket> findByMergedIntoOrderByNumber(UUID target);

	/** A requester's tickets not in this status (closed), the newest first. */
	List<Ticket> findByRequesterRoleAndRequesterIdAndStatusNotOrderByCreatedAtDesc(PlatformRole role,
			String requesterId, TicketStatus status, Limit limit);

}
