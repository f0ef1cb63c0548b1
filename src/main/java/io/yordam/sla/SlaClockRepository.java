package io.yordam.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SlaClockRepository extends JpaRepository<SlaClock, UUID> {

	List<SlaClock> findByTicketId(UUID ticketId);

	List<SlaClock> findByTicketIdInAndStateNot(Collection<UUID> ticketIds, SlaClock.State state);

	/**
	 * Claims the breach of one timer generation: of two nodes (or a retry after a crash)
	 * firing it, one updates the row and the other finds it done. The owner (the ticket's
	 * assignee, or null) is written with it: whose the breach is.
	 */
	@Modifying(flushAutomatically = true)
	@Query("""
			update SlaClock c set c.breachedAt = :now, c.ownerId = :owner
			where c.id = :id and c.run = :run and c.state = io.yordam.sla.SlaClock.State.RUNNING
			  and c.breachedAt is null and c.dueAt <= :now
			""")
	int claimBreach(UUID id, int run, Instant now, UUID owner);

	@Modifying(flushAutomatically = true)
	@Query("""
			update SlaClock c set c.warnedAt = :now
			where c.id = :id and c.run = :run and c.state = io.yordam.sla.SlaClock.State.RUNNING
			  and c.warnedAt is null and c.breachedAt is null and c.amberAt <= :now
			""")
	int claimWarning(UUID id, int run, Instant now);

	/**
	 * The runs that ended since an instant, per line, target and owner: how many were met
	 * (stopped before their due, never breached) and how many missed (breached; or
	 * stopped at or past their due, or paused with no time left, before the timer
	 * recorded the breach). A run counts in the period its end falls in: a breach at the
	 * breach, any other run when it stopped. Read by the indexes on stopped_at and
	 * breached_at.
	 */
	@Query("""
			select c.line, c.target, c.ownerId,
			  sum(case when c.breachedAt is null and c.stoppedAt >= :since
			    and ((c.dueAt is not null and c.stoppedAt < c.dueAt)
			      or (c.dueAt is null and (c.remainingSeconds is null or c.remainingSeconds > 0)))
			    then 1 else 0 end),
			  sum(case when c.breachedAt >= :since
			    or (c.breachedAt is null and c.stoppedAt >= :since
			      and ((c.dueAt is not null and c.stoppedAt >= c.dueAt)
			        or (c.dueAt is null and c.remainingSeconds <= 0)))
			    then 1 else 0 end)
			from SlaClock c
			where c.stoppedAt >= :since or c.breachedAt >= :since
			group by c.line, c.target, c.ownerId
			""")
	List<Object[]> endedSince(Instant since);

	/** The running clocks soonest due (overdue first): the board's "most at risk". */
	@Query("select c from SlaClock c where c.state = io.yordam.sla.SlaClock.State.RUNNING order by c.dueAt")
	List<SlaClock> soonestDue(Limit limit);

	/** Tickets per line with a running clock past 75% of its time and not yet due. */
	@Query("""
			select c.line, count(distinct c.ticketId) from SlaClock c
			where c.state = io.yordam.sla.SlaClock.State.RUNNING and c.amberAt <= :now and c.dueAt > :now
			  and c.breachedAt is null
			group by c.line
			""")
	List<Object[]> atRiskPerLine(Instant now);

	/** Tickets per line with a clock, running or paused, past its due instant. */
	@Query("""
			select c.line, count(distinct c.ticketId) from SlaClock c
			where c.state <> io.yordam.sla.SlaClock.State.STOPPED and (c.breachedAt is not null or c.dueAt <= :now)
			group by c.line
			""")
	List<Object[]> breachedPerLine(Instant now);

}
