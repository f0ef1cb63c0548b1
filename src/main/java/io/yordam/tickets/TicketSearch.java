package io.yordam.tickets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.common.InvalidInputException;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageHit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's search. An exact identifier wins over words: the tickets a ticket number
 * ({@code #1042}), an order's number or id, a phone or an email names come first
 * ({@link ExactMatches}); then the query searches the tickets' subjects and requesters'
 * names, then every message, and answers with the tickets they belong to, best first,
 * each with the text that matched.
 */
@Service
public class TicketSearch {

	private final TicketRepository tickets;

	private final Conversations conversations;

	@PersistenceContext
	private EntityManager entityManager;

	private final ExactMatches exact;

	TicketSearch(TicketRepository tickets, Conversations conversations, ExactMatches exact) {
		this.tickets = tickets;
		this.conversations = conversations;
		this.exact = exact;
	}

	/**
	 * A ticket found, and what matched (the message's text, the subject, the identifier).
	 *
	 * @param exact the kind of identifier that named the ticket ({@code ticket-number},
	 * {@code order}, {@code phone}, {@code email}), or null for a match of words
	 */
	public record Hit(TicketSummary ticket, String matched, String exact) {
	}

	@Transactional(readOnly = true)
	public List<Hit> search(String query, int limit) {
		String q = (query == null) ? "" : query.strip();
		if (q.length() < 2 || q.length() > 200) {
			throw new InvalidInputException("q", "length", "Search for 2 to 200 characters");
		}
		Map<UUID, Hit> found = new LinkedHashMap<>(this.exact.find(q, limit));
		List<Ticket> byTicket = Search.session(this.entityManager)
			.search(Ticket.class)
			.where(f -> f.bool()
				.should(f.match().field("orderId").matching(q).boost(4.0f))
				.should(f.match().field("requesterId").matching(q).boost(4.0f))
				.should(f.match().field("subject_ru").matching(q).boost(2.0f))
				.should(f.match().field("subject_en").matching(q).boost(1.5f))
				.should(f.match().field("subject_folded").matching(q).fuzzy(1, 1))
				.should(f.match().field("name_folded").matching(q).fuzzy(1, 1)))
			.fetchHits(limit);
		byTicket.forEach(t -> found.putIfAbsent(t.id().value(), new Hit(t.summary(), t.summary().subject(), null)));
		if (found.size() < limit) {
			List<MessageHit> messages = this.conversations.searchMessages(q, limit * 3);
			List<UUID> conversationIds = new ArrayList<>();
			messages.forEach(m -> {
				if (!conversationIds.contains(m.conversationId())) {
					conversationIds.add(m.conversationId());
				}
			});
			for (UUID conversationId : conversationIds) {
				if (found.size() >= limit) {
					break;
				}
				this.tickets.findFirstByConversationIdOrderByCreatedAtDesc(conversationId).ifPresent(t -> {
					String text = messages.stream()
						.filter(m -> m.conversationId().equals(conversationId))
						.findFirst()
						.map(MessageHit::text)
						.orElse(null);
					found.putIfAbsent(t.id().value(), new Hit(t.summary(), text, null));
				});
			}
		}
		return found.values().stream().limit(limit).toList();
	}

}
