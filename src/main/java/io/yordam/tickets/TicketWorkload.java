package io.yordam.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.yordam.access.OperatorId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What routing reads about tickets: who holds how many open chats, which tickets wait for
 * a person, a ticket's place in its line's queue, and how long people took on recently
 * solved tickets. Read-only; assigning goes through {@link TicketDesk#route}.
 */
@Service
public class TicketWorkload {

	/** A chat an agent holds: not yet done, and not with the bot. */
	static final List<TicketStatus> HELD = List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER,
			TicketStatus.ON_HOLD);

	/** Waiting for a person to take it. */
	static final List<TicketStatus> WAITING = List.of(TicketStatus.NEW, TicketStatus.OPEN);

	@PersistenceContext
	private EntityManager entityManager;

	/** Open chats per agent, for every agent who holds at least one. */
	@Transactional(readOnly = true)
	public Map<OperatorId, Integer> openChats() {
		Map<OperatorId, Integer> loads = new HashMap<>();
		this.entityManager
			.createQuery("select t.assigneeId, count(t) from Ticket t where t.assigneeId is not null"
					+ " and t.status in :held group by t.assigneeId", Object[].class)
			.setParameter("held", HELD)
			.getResultList()
			.forEach(row -> loads.put(new OperatorId((UUID) row[0]), ((Number) row[1]).intValue()));
		return loads;
	}

	/**
	 * One agent's open chats, read now: inside routing's transaction, after the agent's
	 * row lock, it sees every assignment committed before.
	 */
	@Transactional(readOnly = true)
	public int openChats(OperatorId agent) {
		return this.entityManager
			.createQuery("select count(t) from Ticket t where t.assigneeId = :agent and t.status in :held", Long.class)
			.setParameter("agent", agent.value())
			.setParameter("held", HELD)
			.getSingleResult()
			.intValue();
	}

	/** Tickets waiting for a person, most urgent and then oldest first. */
	@Transactional(readOnly = true)
	public List<TicketSummary> waiting(int limit) {
		return this.entityManager
			.createQuery(
					"select t from Ticket t where t.assigneeId is null and t.withBot = false"
							+ " and t.status in :waiting order by t.priorityRank desc, t.createdAt asc, t.number asc",
					Ticket.class)
			.setParameter("waiting", WAITING)
			.setMaxResults(limit)
			.getResultList()
			.stream()
			.map(Ticket::summary)
			.toList();
	}

	/**
	 * The ticket's place among those waiting in its line (1 is next), in the order
	 * routing serves them; empty once a person has it or it waits for nobody.
	 */
	@Transactional(readOnly = true)
	public OptionalLong placeInQueue(TicketId id) {
		Ticket ticket = this.entityManager.find(Ticket.class, id.value());
		if (ticket == null || !isWaiting(ticket.summary())) {
			return OptionalLong.empty();
		}
		TicketSummary mine = ticket.summary();
		long ahead = this.entityManager
			.createQuery("select count(t) from Ticket t where t.assigneeId is null and t.withBot = false"
					+ " and t.status in :waiting and t.line = :line and (t.priorityRank > :rank"
					+ " or (t.priorityRank = :rank and (t.createdAt < :created"
					+ " or (t.createdAt = :created and t.number < :number))))", Long.class)
			.setParameter("waiting", WAITING)
			.setParameter("line", mine.line())
			.setParameter("rank", (short) mine.priority().ordinal())
			.setParameter("created", mine.createdAt())
			.setParameter("number", mine.number())
			.getSingleResult();
		return OptionalLong.of(ahead + 1);
	}

	/**
	 * How long people worked on the tickets solved since the instant (from their first
	 * answer to solving), newest first.
	 */
	@Transactional(readOnly = true)
	public List<Duration> handlingTimes(Instant since, int limit) {
		return this.entityManager
			.createQuery("select t.firstResponseAt, t.solvedAt from Ticket t where t.solvedAt >= :since"
					+ " and t.firstResponseAt is not null order by t.solvedAt desc", Object[].class)
			.setParameter("since", since)
			.setMaxResults(limit)
			.getResultList()
			.stream()
			.map(row -> Duration.between((Instant) row[0], (Instant) row[1]))
			.filter(d -> !d.isNegative())
			.toList();
	}

	/** The ticket, if it exists. */
	@Transactional(readOnly = true)
	public Optional<TicketSummary> find(TicketId id) {
		return Optional.ofNullable(this.entityManager.find(Ticket.class, id.value())).map(Ticket::summary);
	}

	/** Whether the ticket waits for a person: nobody has it, the bot let go. */
	public static boolean isWaiting(TicketSummary ticket) {
		return ticket.assigneeId() == null && WAITING.contains(ticket.status());
	}

}
