package io.yordam.drafts;

import java.time.Clock;
import java.util.Optional;

import io.yordam.access.OperatorPrincipal;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each operator's reply drafts. The operator is always the one signed in: nobody reads or
 * writes another's draft, whatever their role.
 */
@Service
public class Drafts {

	private final DraftStore store;

	private final TicketDesk desk;

	private final Clock clock;

	Drafts(DraftStore store, TicketDesk desk, Clock clock) {
		this.store = store;
		this.desk = desk;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<DraftView> mine(OperatorPrincipal me, TicketId ticket) {
		this.desk.get(ticket);
		return this.store.find(me.id().value(), ticket.value());
	}

	/** Keeps the text as the draft; a blank one deletes it (empty returned). */
	@Transactional
	public Optional<DraftView> save(OperatorPrincipal me, TicketId ticket, String text) {
		String kept = DraftTextPolicy.check(text);
		this.desk.get(ticket);
		if (kept == null) {
			this.store.delete(me.id().value(), ticket.value());
			return Optional.empty();
		}
		DraftView draft = new DraftView(kept, this.clock.instant());
		this.store.save(me.id().value(), ticket.value(), kept, draft.savedAt());
		return Optional.of(draft);
	}

	/** The reply went out: its draft is done with. */
	@Transactional
	public void clear(OperatorPrincipal me, TicketId ticket) {
		this.store.delete(me.id().value(), ticket.value());
	}

}
