package io.yordam.tickets;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two tickets of one requester (issue 15 §4): any operator who may work the
 * ticket (as claiming it), from the workspace and the agent API alike.
 */
@Service
public class TicketMerges {

	/** How far a history is followed: far beyond any real chain of merges. */
	private static final int DEPTH = 20;

	private final TicketRepository tickets;

	private final Clock clock;

	private final ObjectProvider<TicketClosingCheck> closingChecks;

	@PersistenceContext
	private EntityManager entityManager;

	TicketMerges(TicketRepository tickets, Clock clock, ObjectProvider<TicketClosingCheck> closingChecks) {
		this.tickets = tickets;
		this.clock = clock;
		this.closingChecks = closingChecks;
	}

	/** The requester's other tickets this one may go into, the newest first. */
	@Transactional(readOnly = true)
	public List<TicketRef> candidates(TicketId id) {
		Ticket ticket = this.tickets.findById(id.value()).orElseThrow(() -> new NotFoundException("ticket"));
		if (ticket.status() == TicketStatus.CLOSED) {
			return List.of();
		}
		return this.tickets
			.findByRequesterRoleAndRequesterIdAndStatusNotOrderByCreatedAtDesc(ticket.requester().role(),
					ticket.requester().id(), TicketStatus.CLOSED, Limit.of(50))
			.stream()
			.filter(other -> !other.id().equals(id) && MergePolicy.check(ticket, other) instanceof MergePolicy.Allowed)
			.map(Ticket::ref)
			.toList();
	}

	/**
	 * Merges the ticket into the one numbered {@code into}. Both rows are locked in one
	 * order before the rules are read: two merges of one ticket (or of A into B and B
	 * into A) take turns, and the second finds the first's outcome and is refused.
	 * @return the ticket it went into
	 */
	@Transactional
	public TicketRef merge(TicketId id, Long into, OperatorPrincipal operator) {
		if (into == null) {
			throw new InvalidInputException("into", "required", "The number of the ticket to merge into");
		}
		UUID targetId = this.tickets.idByNumber(into)
			.orElseThrow(() -> new InvalidInputException("into", "known-ticket", "No ticket has this number"));
		Map<UUID, Ticket> locked = new TreeMap<>();
		for (UUID each : new java.util.TreeSet<>(List.of(id.value(), targetId))) {
			locked.put(each, this.entityManager.find(Ticket.class, each, LockModeType.PESSIMISTIC_WRITE));
		}
		Ticket source = locked.get(id.value());
		if (source == null) {
			throw new NotFoundException("ticket");
		}
		Ticket target = locked.get(targetId);
		MergePolicy.check(source, target).orThrow();
		TicketSummary closing = source.summary();
		this.closingChecks.forEach(check -> check.beforeClosing(closing));
		source.mergeInto(target, Actor.of(operator), this.clock.instant());
		this.tickets.save(source);
		return this.tickets.save(target).ref();
	}

	/**
	 * Where the ticket went, and what came into it (directly or through a merged one).
	 */
	@Transactional(readOnly = true)
	public MergeHistory history(TicketId id) {
		Ticket ticket = this.tickets.findById(id.value()).orElseThrow(() -> new NotFoundException("ticket"));
		var into = ticket.mergedInto().flatMap(target -> this.tickets.findById(target.value())).map(Ticket::ref);
		List<MergeHistory.Merged> from = new ArrayList<>();
		Deque<UUID> next = new ArrayDeque<>(List.of(id.value()));
		while (!next.isEmpty() && from.size() < DEPTH) {
			for (Ticket merged : this.tickets.findByMergedIntoOrderByNumber(next.poll())) {
				from.add(new MergeHistory.Merged(merged.ref(), merged.conversationId()));
				next.add(merged.id().value());
			}
		}
		from.sort(java.util.Comparator.comparingLong(m -> m.ticket().number()));
		return new MergeHistory(into, from);
	}

	/**
	 * The ticket a merged one's conversation now belongs to: the end of its chain of
	 * merges (the ticket itself when it was never merged).
	 */
	Ticket current(Ticket ticket) {
		Ticket at = ticket;
		for (int i = 0; i < DEPTH && at.mergedInto().isPresent(); i++) {
			at = this.tickets.findById(at.mergedInto().get().value()).orElse(at);
		}
		return at;
	}

}
