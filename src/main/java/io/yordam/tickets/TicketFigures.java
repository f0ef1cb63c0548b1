package io.yordam.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a supervisor watches, read with a few aggregate queries on indexed columns
 * (never by loading tickets): what waits per line, and each agent's day.
 */
@Service
public class TicketFigures {

	@PersistenceContext
	private EntityManager entityManager;

	/** Per line: tickets waiting for support's answer and since when the oldest waits. */
	@Transactional(readOnly = true)
	public List<LineQueue> waitingByLine() {
		List<Object[]> rows = this.entityManager.createQuery("""
				select t.line, count(t), min(t.updatedAt) from Ticket t
				where t.queueBucket = 1 group by t.line""", Object[].class).getResultList();
		Map<TicketLine, LineQueue> byLine = new LinkedHashMap<>();
		for (TicketLine line : TicketLine.values()) {
			byLine.put(line, new LineQueue(line, 0, 0, null));
		}
		for (Object[] row : rows) {
			TicketLine line = (TicketLine) row[0];
			byLine.put(line, new LineQueue(line, (Long) row[1], 0, (Instant) row[2]));
		}
		this.entityManager.createQuery("""
				select t.line, count(t) from Ticket t
				where t.queueBucket = 1 and t.assigneeId is null group by t.line""", Object[].class)
			.getResultList()
			.forEach(row -> byLine.computeIfPresent((TicketLine) row[0],
					(line, queue) -> new LineQueue(line, queue.waiting(), (Long) row[1], queue.longestWaitingSince())));
		return List.copyOf(byLine.values());
	}

	/**
	 * Each agent's day since {@code dayStart}: open tickets now, answers given (first
	 * responses) and their average time from the moment a person was needed (the bot's
	 * hand-off, or the ticket's opening), tickets solved and their average handling time
	 * (first answer to solution).
	 */
	@Transactional(readOnly = true)
	public List<AgentDay> agentsSince(Instant dayStart) {
		Map<UUID, Tally> tallies = new LinkedHashMap<>();
		this.entityManager.createQuery("""
				select t.assigneeId, t.assigneeName, count(t) from Ticket t
				where t.assigneeId is not null and t.queueBucket in (1, 2, 3)
				group by t.assigneeId, t.assigneeName""", Object[].class)
			.getResultList()
			.forEach(row -> tallies.computeIfAbsent((UUID) row[0],
					id -> new Tally((String) row[1])).open += (Long) row[2]);
		this.entityManager.createQuery("""
				select t.assigneeId, t.assigneeName, t.createdAt, t.firstResponseAt, t.solvedAt,
				  (select max(a.at) from Ticket h join h.audit a where h = t and a.action = 'handed-off')
				from Ticket t
				where t.assigneeId is not null and (t.firstResponseAt >= :day or t.solvedAt >= :day)""", Object[].class)
			.setParameter("day", dayStart)
			.getResultList()
			.forEach(row -> tallies.computeIfAbsent((UUID) row[0], id -> new Tally((String) row[1]))
				.add(dayStart, (Instant) row[2], (Instant) row[3], (Instant) row[4], (Instant) row[5]));
		List<AgentDay> days = new ArrayList<>();
		tallies.forEach((id, tally) -> days.add(tally.day(id)));
		return days;
	}

	/** Who has each of these tickets (the unassigned are left out). */
	@Transactional(readOnly = true)
	public Map<TicketId, String> assigneeNames(java.util.Collection<TicketId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<TicketId, String> names = new LinkedHashMap<>();
		this.entityManager
			.createQuery("select t.id, t.assigneeName from Ticket t where t.id in :ids and t.assigneeName is not null",
					Object[].class)
			.setParameter("ids", ids.stream().map(TicketId::value).toList())
			.getResultList()
			.forEach(row -> names.put(new TicketId((UUID) row[0]), (String) row[1]));
		return names;
	}

	public record LineQueue(TicketLine line, long waiting, long unassigned, Instant longestWaitingSince) {
	}

	/** Averages are null when there is nothing to average yet. */
	public record AgentDay(UUID operatorId, String name, long open, long answered, Duration firstResponseAverage,
			long solved, Duration handlingAverage) {
	}

	private static final class Tally {

		private final String name;

		private long open;

		private long answered;

		private long firstResponseSeconds;

		private long solved;

		private long handlingSeconds;

		Tally(String name) {
			this.name = name;
		}

		void add(Instant dayStart, Instant created, Instant firstResponse, Instant solvedAt, Instant handedOff) {
			if (firstResponse != null && !firstResponse.isBefore(dayStart)) {
				Instant needed = (handedOff != null && !handedOff.isAfter(firstResponse)) ? handedOff : created;
				this.answered++;
				this.firstResponseSeconds += Math.max(0, Duration.between(needed, firstResponse).toSeconds());
			}
			if (solvedAt != null && !solvedAt.isBefore(dayStart) && firstResponse != null) {
				this.solved++;
				this.handlingSeconds += Math.max(0, Duration.between(firstResponse, solvedAt).toSeconds());
			}
		}

		AgentDay day(UUID id) {
			return new AgentDay(id, this.name, this.open, this.answered,
					average(this.firstResponseSeconds, this.answered), this.solved,
					average(this.handlingSeconds, this.solved));
		}

		private static Duration average(long seconds, long count) {
			return (count == 0) ? null : Duration.ofSeconds(seconds / count);
		}

	}

}
