package io.yordam.tickets;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One ticket's place in its requester's merged history: where it went (if it was merged)
 * and which tickets came into it, directly or through another merged one.
 */
public record MergeHistory(Optional<TicketRef> into, List<Merged> from) {

	public MergeHistory {
		from = List.copyOf(from);
	}

	/** A ticket merged into this one, and the conversation its messages are in. */
	public record Merged(TicketRef ticket, UUID conversationId) {
	}

}
