package io.yordam.tickets;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorPrincipal;
import io.yordam.access.OperatorSummary;
import io.yordam.access.Operators;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.orders.OrderId;
import io.yordam.orders.Orders;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What operators do with tickets, from the workspace and the agent API alike. */
@Service
public class TicketDesk {

	private final TicketRepository tickets;

	@PersistenceContext
	private EntityManager entityManager;

	private final TicketNoteRepository notes;

	private final Conversations conversations;

	private final Operators operators;

	private final Orders orders;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<TicketClosingCheck> closingChecks;

	private final ReplyRouting routing;

	TicketDesk(TicketRepository tickets, TicketNoteRepository notes, Conversations conversations, Operators operators,
			Orders orders, Clock clock,
			org.springframework.beans.factory.ObjectProvider<TicketClosingCheck> closingChecks, ReplyRouting routing) {
		this.closingChecks = closingChecks;
		this.routing = routing;
		this.tickets = tickets;
		this.notes = notes;
		this.conversations = conversations;
		this.operators = operators;
		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * The last page a queue may be asked for: far beyond any real queue, and an offset
	 * (page times size) the database takes as an int.
	 */
	public static final int MAX_PAGE = 10_000;

	@Transactional(readOnly = true)
	public Slice<TicketSummary> queue(QueueFilter filter, OperatorPrincipal viewer, int page, int size) {
		if (page > MAX_PAGE) {
			throw new InvalidInputException("page", "max", "At most page " + MAX_PAGE);
		}
		Set<TicketStatus> statuses = filter.statuses().isEmpty() ? EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN)
				: filter.statuses();
		Set<Short> buckets = statuses.stream().map(s -> (short) s.bucket()).collect(Collectors.toSet());
		UUID assignee = filter.mine() ? viewer.id().value() : null;
		// What is done reads newest first; what is waiting, soonest due first (a policy
		// gives urgent tickets the shortest targets), then the most urgent, then the
		// longest waiting; what no clock covers comes last.
		Sort sort = buckets.equals(Set.of((short) TicketStatus.SOLVED.bucket())) ? Sort.by(Sort.Order.desc("updatedAt"))
				: Sort.by(Sort.Order.asc("slaDueAt").nullsLast(), Sort.Order.desc("priorityRank"),
						Sort.Order.asc("updatedAt"));
		return this.tickets
			.queue(buckets, statuses, filter.line(), filter.channel(), assignee, filter.unassigned(),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100), sort))
			.map(Ticket::summary);
	}

	@Transactional(readOnly = true)
	public TicketSummary get(TicketId id) {
		return load(id).summary();
	}

	/** The conversation's current ticket (its latest). */
	@Transactional(readOnly = true)
	public TicketSummary ofConversation(UUID conversationId) {
		return this.tickets.findFirstByConversationIdOrderByCreatedAtDesc(conversationId)
			.map(Ticket::summary)
			.orElseThrow(() -> new NotFoundException("ticket"));
	}

	/** How the ticket was solved: by the bot alone, or answered by a person. */
	@Transactional(readOnly = true)
	public TicketResolution resolution(TicketId id) {
		Ticket ticket = load(id);
		return new TicketResolution(ticket.summary(), ticket.solvedByBot());
	}

	/**
	 * The requester rated the ticket's resolution: an audit entry ({@code rated 2/5:
	 * comment}); with {@code followUp}, a solved ticket is support's again (not counted
	 * as the requester's reopen). Under the ticket's row lock, like every change that
	 * races with the requester's messages.
	 */
	@Transactional
	public TicketSummary rated(TicketId id, String detail, boolean followUp) {
		Ticket ticket = this.entityManager.find(Ticket.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
		if (ticket == null) {
			throw new NotFoundException("ticket");
		}
		ticket.rated(detail, followUp, this.clock.instant());
		// Written at once: an escalation in the same transaction reads the ticket again.
		return this.tickets.saveAndFlush(ticket).summary();
	}

	@Transactional(readOnly = true)
	public List<AuditView> auditTrail(TicketId id) {
		return load(id).auditTrail()
			.stream()
			.map(e -> new AuditView(e.at(), e.actorName(), e.action(), e.detail()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<NoteView> notes(TicketId id) {
		load(id);
		return this.notes.findByTicketIdOrderByCreatedAt(id.value()).stream().map(TicketNote::view).toList();
	}

	@Transactional
	public TicketSummary claim(TicketId id, OperatorPrincipal operator) {
		Ticket ticket = load(id);
		ticket.claim(Actor.of(operator), operator.id().value(), this.clock.instant());
		return this.tickets.save(ticket).summary();
	}

	/** Assigning a ticket to somebody else is a supervisor's call. */
	@Transactional
	public TicketSummary assign(TicketId id, OperatorPrincipal operator, OperatorId assigneeId) {
		if (!assigneeId.equals(operator.id())
				&& !io.yordam.access.StaffAction.ASSIGN_TO_OTHERS.permits(operator.role().name())) {
			throw new RuleViolationException(403, "assign-others", "Only a supervisor assigns tickets to others");
		}
		OperatorSummary assignee = this.operators.summary(assigneeId)
			.orElseThrow(() -> new InvalidInputException("assigneeId", "operator", "No such operator"));
		Ticket ticket = load(id);
		ticket.assign(Actor.of(operator), assigneeId.value(), assignee.displayName(), this.clock.instant());
		return this.tickets.save(ticket).summary();
	}

	/**
	 * Replies take turns on the conversation's lock (as the bot's hand-off does, the
	 * conversation first and then the ticket); the ticket is then read again, locked, so
	 * a reply in parallel or a ticket update just committed is built on, never
	 * overwritten (which was an optimistic-lock 500).
	 */
	@Transactional
	public MessageView reply(TicketId id, OperatorPrincipal operator, String text, String clientMessageId) {
		return reply(id, operator, text, clientMessageId, null);
	}

	/**
	 * A reply sent on another channel the customer has ({@link ReplyRouting#options});
	 * null: the ticket's own.
	 */
	@Transactional
	public MessageView reply(TicketId id, OperatorPrincipal operator, String text, String clientMessageId,
			io.yordam.conversations.Channel via) {
		io.yordam.conversations.Channel checked = this.routing.checked(get(id), via);
		return replied(id, operator, conversation -> this.conversations.replyAsSupport(conversation, operator, text,
				clientMessageId, checked));
	}

	/**
	 * An operator's image in the ticket's conversation (it goes out on the ticket's
	 * channel like a reply), counted as a reply.
	 */
	@Transactional
	public MessageView replyWithImage(TicketId id, OperatorPrincipal operator, byte[] image, String caption,
			String clientMessageId) {
		return replied(id, operator, conversation -> this.conversations.replyImageAsSupport(conversation, operator,
				image, (caption == null || caption.isBlank()) ? null : caption.strip(), clientMessageId));
	}

	private MessageView replied(TicketId id, OperatorPrincipal operator,
			java.util.function.Function<ConversationId, MessageView> post) {
		Ticket ticket = load(id);
		if (ticket.status() == TicketStatus.CLOSED) {
			throw RuleViolationException.conflict("ticket-closed", "A closed ticket takes no replies");
		}
		MessageView message = post.apply(new ConversationId(ticket.conversationId()));
		this.entityManager.refresh(ticket, LockModeType.PESSIMISTIC_WRITE);
		if (ticket.status() == TicketStatus.CLOSED) {
			throw RuleViolationException.conflict("ticket-closed", "A closed ticket takes no replies");
		}
		ticket.agentReplied(Actor.of(operator), operator.id().value(), this.clock.instant());
		this.tickets.save(ticket);
		return message;
	}

	/**
	 * An agent spoke with the requester by phone (answered their call, called them back):
	 * the ticket's first response, under the ticket's row lock.
	 * @param detail what the audit trail says (the extension, "called back")
	 */
	@Transactional
	public TicketSummary spokeByPhone(TicketId id, OperatorId agent, String agentName, String detail) {
		Ticket ticket = this.entityManager.find(Ticket.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
		if (ticket == null) {
			throw new NotFoundException("ticket");
		}
		ticket.spokeByPhone(new Actor(agent.toString(), agentName), agent.value(), detail, this.clock.instant());
		return this.tickets.save(ticket).summary();
	}

	/**
	 * A call's ticket gets the caller's active order, unless it has one already: the
	 * order is beside the call for the agent, as in chat.
	 */
	@Transactional
	public void linkOrderOfCall(TicketId id, String orderId) {
		Ticket ticket = load(id);
		if (ticket.summary().orderId() == null && ticket.status() != TicketStatus.CLOSED) {
			ticket.linkOrder(orderId, Actor.SYSTEM, this.clock.instant());
			this.tickets.save(ticket);
		}
	}

	/** Links the ticket to an order that exists in the mirror. */
	@Transactional
	public TicketSummary linkOrder(TicketId id, OperatorPrincipal operator, String orderId) {
		if (orderId == null || orderId.isBlank() || orderId.length() > 64
				|| this.orders.find(new OrderId(orderId)).isEmpty()) {
			throw new InvalidInputException("orderId", "known-order", "No such order");
		}
		Ticket ticket = load(id);
		ticket.linkOrder(orderId, Actor.of(operator), this.clock.instant());
		return this.tickets.save(ticket).summary();
	}

	@Transactional
	public NoteView addNote(TicketId id, OperatorPrincipal operator, String body) {
		String text = (body == null) ? "" : body.strip();
		if (text.isEmpty() || text.length() > 4000) {
			throw new InvalidInputException("body", "length", "A note has 1 to 4000 characters");
		}
		Ticket ticket = load(id);
		TicketNote note = this.notes.save(new TicketNote(id.value(), Actor.of(operator), text, this.clock.instant()));
		ticket.noteAdded(Actor.of(operator), this.clock.instant());
		this.tickets.save(ticket);
		return note.view();
	}

	@Transactional
	public TicketSummary changeStatus(TicketId id, OperatorPrincipal operator, TicketStatus status) {
		Ticket ticket = load(id);
		if (status == TicketStatus.SOLVED || status == TicketStatus.CLOSED) {
			TicketSummary current = ticket.summary();
			this.closingChecks.forEach(check -> check.beforeClosing(current));
		}
		ticket.changeStatus(status, Actor.of(operator), this.clock.instant());
		return this.tickets.save(ticket).summary();
	}

	@Transactional
	public TicketSummary prioritize(TicketId id, OperatorPrincipal operator, TicketPriority priority) {
		Ticket ticket = load(id);
		ticket.prioritize(priority, Actor.of(operator), this.clock.instant());
		return this.tickets.save(ticket).summary();
	}

	@Transactional
	public TicketSummary categorize(TicketId id, OperatorPrincipal operator, TicketCategory category) {
		Ticket ticket = load(id);
		ticket.categorize(category, Actor.of(operator), this.clock.instant());
		return this.tickets.save(ticket).summary();
	}

	@Transactional
	public TicketSummary tag(TicketId id, OperatorPrincipal operator, String tag, boolean add) {
		Ticket ticket = load(id);
		if (add) {
			ticket.tag(tag, Actor.of(operator), this.clock.instant());
		}
		else {
			ticket.untag(tag, Actor.of(operator), this.clock.instant());
		}
		return this.tickets.save(ticket).summary();
	}

	/**
	 * The bot's verbs: hand the customer to a person, or close what it solved.
	 *
	 * @param summary what the agent reads, in each of the desk's languages (ru, uz, en):
	 * every agent reads it in their own
	 */
	public record HandOff(String reason, Map<String, String> summary, TicketCategory category, TicketPriority priority,
			List<String> tags, String orderId) {

		public HandOff

		{
			summary = Map.copyOf(summary);
		}

		/** The summary where no reader's language is known (the API's note body). */
		String body() {
			return this.summary.getOrDefault("en", this.summary.values().stream().findFirst().orElse(""));
		}

	}

	/**
	 * The bot hands off: the summary becomes a note for the agent, the ticket joins its
	 * line's queue as new with the category and priority the bot judged.
	 */
	@Transactional
	public TicketSummary handOff(TicketId id, HandOff handOff) {
		Ticket ticket = load(id);
		java.time.Instant now = this.clock.instant();
		if (ticket.status() == TicketStatus.CLOSED || !ticket.withBot()) {
			// A person has it already: their triage stands.
			return ticket.summary();
		}
		this.notes.save(new TicketNote(id.value(), Actor.BOT, handOff.body(), handOff.summary(), now));
		ticket.noteAdded(Actor.BOT, now);
		ticket.categorize(handOff.category(), Actor.BOT, now);
		ticket.prioritize(handOff.priority(), Actor.BOT, now);
		handOff.tags().forEach(tag -> ticket.tag(tag, Actor.BOT, now));
		if (handOff.orderId() != null && ticket.summary().orderId() == null) {
			// The order the bot worked on sits beside the chat for the agent.
			ticket.linkOrder(handOff.orderId(), Actor.BOT, now);
		}
		ticket.handOff(Actor.BOT, handOff.reason(), now);
		return this.tickets.save(ticket).summary();
	}

	@Transactional
	public TicketSummary returnToBot(TicketId id) {
		Ticket ticket = load(id);
		ticket.returnToBot(Actor.BOT, this.clock.instant());
		return this.tickets.save(ticket).summary();
	}

	@Transactional
	public TicketSummary solveByBot(TicketId id) {
		Ticket ticket = load(id);
		ticket.solveByBot(Actor.BOT, this.clock.instant());
		return this.tickets.save(ticket).summary();
	}

	/** The conversation's current ticket, if it has opened yet. */
	@Transactional(readOnly = true)
	public java.util.Optional<TicketSummary> findOfConversation(UUID conversationId) {
		return this.tickets.findFirstByConversationIdOrderByCreatedAtDesc(conversationId).map(Ticket::summary);
	}

	/** The ticket with this number (#1042), if there is one. */
	@Transactional(readOnly = true)
	public java.util.Optional<TicketSummary> findByNumber(long number) {
		return this.tickets.findByNumber(number).map(Ticket::summary);
	}

	/**
	 * The sla module keeps the ticket's nearest due instant, inside the transaction of
	 * the change it follows (the ticket is the one being saved; no event, no second
	 * save).
	 */
	@Transactional
	public void slaDue(TicketId id, java.time.Instant dueAt) {
		load(id).slaDue(dueAt);
	}

	/**
	 * Records a missed target on the audit trail, if {@code claim} (run under the
	 * ticket's row lock, so that a change of the ticket and the breach take turns in one
	 * order) says this breach is the first. The claim is given the ticket's assignee as
	 * read under that lock (null when nobody has it): whose the breach is.
	 * @param target the target's name in kebab case ({@code first-response})
	 * @return whether the breach was claimed and recorded
	 */
	@Transactional
	public boolean recordSlaBreach(TicketId id, String target, java.util.function.Predicate<UUID> claim) {
		Ticket ticket = load(id);
		this.entityManager.refresh(ticket, LockModeType.PESSIMISTIC_WRITE);
		if (!claim.test(ticket.summary().assigneeId())) {
			return false;
		}
		ticket.slaBreached(target, this.clock.instant());
		this.tickets.save(ticket);
		return true;
	}

	private Ticket load(TicketId id) {
		return this.tickets.findById(id.value()).orElseThrow(() -> new NotFoundException("ticket"));
	}

	/**
	 * Moves the ticket up to the level (never down) and raises its priority to at least
	 * the one given, under the ticket's row lock: escalations racing on one ticket take
	 * turns, and the second sees the first's level.
	 * @return whether the level went up (false: it was there or higher already)
	 */
	@Transactional
	public boolean escalate(TicketId id, EscalationLevel to, TicketPriority atLeast, String reason, Actor actor) {
		Ticket ticket = load(id);
		// Read again, locked: the caller may have read the ticket before another
		// escalation committed.
		this.entityManager.refresh(ticket, LockModeType.PESSIMISTIC_WRITE);
		java.time.Instant now = this.clock.instant();
		boolean up = to.compareTo(ticket.escalationLevel()) > 0;
		ticket.escalate(to, reason, actor, now);
		if (atLeast != null && atLeast.compareTo(ticket.summary().priority()) > 0) {
			ticket.prioritize(atLeast, actor, now);
		}
		this.tickets.save(ticket);
		return up;
	}

	/**
	 * Routing's assignment: under the ticket's row lock, and only if it is still waiting
	 * for support with nobody assigned (a claim or another node's routing may have come
	 * first: then empty). The reason goes into the audit trail.
	 */
	@Transactional
	public java.util.Optional<TicketSummary> route(TicketId id, OperatorId agent, String agentName, String reason) {
		Ticket ticket = this.entityManager.find(Ticket.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
		if (ticket == null || !ticket.route(agent.value(), agentName, reason, this.clock.instant())) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(this.tickets.save(ticket).summary());
	}

	/**
	 * Which tickets the queue shows; empty statuses mean those waiting for support (new
	 * and open); a null line or channel, any.
	 *
	 * @param channel the door the tickets came in by (the review channel is the
	 * reputation queue)
	 */
	public record QueueFilter(Set<TicketStatus> statuses, TicketLine line, Channel channel, boolean mine,
			boolean unassigned) {

		public QueueFilter(Set<TicketStatus> statuses, TicketLine line, boolean mine, boolean unassigned) {
			this(statuses, line, null, mine, unassigned);
		}

		public static QueueFilter waitingForSupport() {
			return new QueueFilter(Set.of(), null, false, false);
		}

	}

	/**
	 * Who gave the ticket to its assignee the last time, up to a moment: the audit
	 * trail's actor of the latest assignment ({@code "system"} for routing, an operator's
	 * id for a claim or a supervisor's assignment). Tells a hand-off from a ticket an
	 * agent took themselves. The database keeps microseconds (rounded): a millisecond's
	 * leeway keeps the moment's own entry in.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> assignedBy(TicketId id, java.time.Instant upTo) {
		java.time.Instant until = upTo.plusMillis(1);
		return load(id).auditTrail()
			.stream()
			.filter(e -> ("assigned".equals(e.action()) || "routed".equals(e.action())) && !e.at().isAfter(until))
			.reduce((first, second) -> second)
			.map(TicketAuditEntry::actorId);
	}

}
