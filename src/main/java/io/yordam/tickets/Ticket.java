package io.yordam.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.conversations.Channel;
import io.yordam.common.RuleViolationException;
import io.yordam.common.SearchAnalysis;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A ticket owns its transitions: every change goes through a business verb that checks
 * the rule, writes an audit entry and registers a {@link TicketChanged}.
 */
@Entity
@Table(name = "tickets")
@Indexed(index = "ticket")
class Ticket extends AbstractAggregateRoot<Ticket> {

	@Id
	private UUID id;

	private long number;

	private UUID conversationId;

	@KeywordField
	private String requesterId;

	/** With the id, who the requester is: ids of different roles may coincide. */
	@Enumerated(EnumType.STRING)
	private PlatformRole requesterRole;

	@FullTextField(name = "name_folded", analyzer = SearchAnalysis.FOLDED)
	private String requesterName;

	@Enumerated(EnumType.STRING)
	private TicketLine line;

	@Enumerated(EnumType.STRING)
	private TicketStatus status;

	@Enumerated(EnumType.STRING)
	private TicketPriority priority;

	/** The priority as a number, for the queue's order and its index. */
	private short priorityRank;

	/** {@link TicketStatus#bucket()}, kept with the status for the queue's index. */
	private short queueBucket;

	@Enumerated(EnumType.STRING)
	private TicketCategory category;

	private UUID assigneeId;

	private String assigneeName;

	@KeywordField
	private String orderId;

	@FullTextField(name = "subject_ru", analyzer = SearchAnalysis.RUSSIAN)
	@FullTextField(name = "subject_en", analyzer = SearchAnalysis.ENGLISH)
	@FullTextField(name = "subject_folded", analyzer = SearchAnalysis.FOLDED)
	private String subject;

	@Enumerated(EnumType.STRING)
	private Channel channel = Channel.CHAT;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant firstResponseAt;

	private Instant solvedAt;

	/** The bot has this ticket: until it hands off, or a person takes it. */
	private boolean withBot;

	/**
	 * The language the requester writes in (ru, uz, en): routing and SLA policies use it.
	 */
	private String language;

	/** How far up the ticket has been escalated: first line, second line, supervisor. */
	@Enumerated(EnumType.STRING)
	private EscalationLevel escalationLevel;

	/** How many times the requester reopened a solved ticket (an escalation trigger). */
	private int reopenCount;

	/**
	 * The nearest due instant of the ticket's running SLA clocks, kept by the sla module
	 * in the transaction of each change: the queue sorts by it.
	 */
	private Instant slaDueAt;

	/** The ticket this one was merged into (closed then); null for every other ticket. */
	private UUID mergedInto;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ticket_tags", joinColumns = @JoinColumn(name = "ticket_id"))
	@Column(name = "tag")
	private Set<String> tags = new TreeSet<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "ticket_id", nullable = false, updatable = false)
	@OrderBy("at")
	private List<TicketAuditEntry> audit = new ArrayList<>();

	protected Ticket() {
	}

	static Ticket open(long number, UUID conversationId, Requester requester, String orderId, String subject,
			Instant now) {
		return open(number, conversationId, requester, orderId, subject, false, now);
	}

	/**
	 * @param withBot the bot answers first: the ticket waits with the bot, not in the
	 * queue
	 */
	static Ticket open(long number, UUID conversationId, Requester requester, String orderId, String subject,
			boolean withBot, Instant now) {
		return open(number, conversationId, requester, orderId, subject, withBot, Channel.CHAT, now);
	}

	/**
	 * @param channel the door the conversation came in by
	 */
	static Ticket open(long number, UUID conversationId, Requester requester, String orderId, String subject,
			boolean withBot, Channel channel, Instant now) {
		Ticket ticket = new Ticket();
		ticket.channel = channel;
		ticket.id = UUID.randomUUID();
		ticket.number = number;
		ticket.conversationId = conversationId;
		ticket.requesterId = requester.who().id();
		ticket.requesterRole = requester.who().role();
		ticket.requesterName = requester.name();
		ticket.line = (requester.who().role() == PlatformRole.COURIER) ? TicketLine.COURIERS
				: TicketLine.CUSTOMERS_PARTNERS;
		ticket.withBot = withBot;
		ticket.language = requester.language();
		ticket.escalationLevel = EscalationLevel.FIRST_LINE;
		ticket.status = withBot ? TicketStatus.BOT : TicketStatus.NEW;
		ticket.queueBucket = (short) ticket.status.bucket();
		ticket.priority = TicketPriority.NORMAL;
		ticket.priorityRank = (short) TicketPriority.NORMAL.ordinal();
		ticket.category = TicketCategory.GENERAL_QUESTION;
		ticket.orderId = orderId;
		ticket.subject = (subject == null || subject.isBlank()) ? "—" : truncate(subject, 200);
		ticket.createdAt = now;
		ticket.updatedAt = now;
		ticket.record(Actor.requester(requester.who().id(), requester.name()), "created", "line " + ticket.line, now);
		ticket.registerEvent(ticket.changed(TicketChanged.Change.OPENED));
		return ticket;
	}

	void claim(Actor actor, UUID operatorId, Instant now) {
		assign(actor, operatorId, actor.name(), now);
	}

	void assign(Actor actor, UUID operatorId, String operatorName, Instant now) {
		refuseIfClosed();
		if (operatorId.equals(this.assigneeId)) {
			return;
		}
		this.assigneeId = operatorId;
		this.assigneeName = operatorName;
		takeFromBot(actor, now);
		if (this.status == TicketStatus.NEW) {
			setStatus(TicketStatus.OPEN);
		}
		record(actor, "assigned", operatorName, now);
		touch(now, TicketChanged.Change.ASSIGNED);
	}

	/**
	 * An operator answered in the chat: the first answer is the first response; then the
	 * customer's turn.
	 */
	void agentReplied(Actor actor, UUID operatorId, Instant now) {
		refuseIfClosed();
		takeFromBot(actor, now);
		if (this.firstResponseAt == null) {
			this.firstResponseAt = now;
		}
		if (this.assigneeId == null) {
			this.assigneeId = operatorId;
			this.assigneeName = actor.name();
			record(actor, "assigned", actor.name(), now);
		}
		if (this.status != TicketStatus.ON_HOLD && this.status != TicketStatus.SOLVED) {
			moveTo(TicketStatus.PENDING_CUSTOMER, actor, now);
		}
		else {
			touch(now, TicketChanged.Change.REPLIED);
		}
	}

	/**
	 * An agent spoke with the requester on the phone (answered their call, or called them
	 * back): that is the first response, the ticket is theirs if nobody had it, and it
	 * stays support's turn (the agent notes and resolves after the call).
	 */
	void spokeByPhone(Actor actor, UUID operatorId, String detail, Instant now) {
		refuseIfClosed();
		takeFromBot(actor, now);
		if (this.firstResponseAt == null) {
			this.firstResponseAt = now;
		}
		if (this.assigneeId == null) {
			this.assigneeId = operatorId;
			this.assigneeName = actor.name();
			record(actor, "assigned", actor.name(), now);
		}
		record(actor, "phone", detail, now);
		if (this.status == TicketStatus.NEW || this.status == TicketStatus.PENDING_CUSTOMER) {
			setStatus(TicketStatus.OPEN);
		}
		touch(now, TicketChanged.Change.REPLIED);
	}

	/**
	 * The customer wrote again: a pending or solved ticket is support's turn again; while
	 * the bot has the ticket, the bot decides.
	 */
	void customerWrote(Instant now) {
		if (this.withBot) {
			// The bot reads the message and decides: a new request takes the ticket back
			// to the bot (returnToBot), thanks leave it solved.
			touch(now, TicketChanged.Change.CUSTOMER_MESSAGE);
		}
		else if (this.status == TicketStatus.PENDING_CUSTOMER || this.status == TicketStatus.SOLVED) {
			if (this.status == TicketStatus.SOLVED) {
				this.reopenCount++;
			}
			moveTo(TicketStatus.OPEN, Actor.requester(this.requesterId, this.requesterName), now);
		}
		else {
			touch(now, TicketChanged.Change.CUSTOMER_MESSAGE);
		}
	}

	/**
	 * The bot hands the customer to a person: the ticket joins the queue as new, with the
	 * reason in its audit trail.
	 */
	void handOff(Actor bot, String reason, Instant now) {
		refuseIfClosed();
		if (!this.withBot) {
			return;
		}
		this.withBot = false;
		this.solvedAt = null;
		record(bot, "handed-off", reason, now);
		moveTo(TicketStatus.NEW, bot, now);
	}

	/** A new request after the bot solved it: the bot has it again. */
	void returnToBot(Actor bot, Instant now) {
		if (this.withBot && this.status == TicketStatus.SOLVED) {
			moveTo(TicketStatus.BOT, bot, now);
		}
	}

	/** The bot solved it without a person. */
	void solveByBot(Actor bot, Instant now) {
		if (this.withBot && this.status == TicketStatus.BOT) {
			moveTo(TicketStatus.SOLVED, bot, now);
		}
	}

	/** A person answered or took the ticket: the bot steps back for good. */
	private void takeFromBot(Actor actor, Instant now) {
		if (this.withBot) {
			this.withBot = false;
			record(actor, "taken-from-bot", null, now);
			if (this.status == TicketStatus.BOT) {
				setStatus(TicketStatus.OPEN);
			}
		}
	}

	void changeStatus(TicketStatus target, Actor actor, Instant now) {
		if (target == this.status) {
			return;
		}
		if (target == TicketStatus.BOT) {
			throw RuleViolationException.conflict("ticket-transition",
					"Only the bot's own hand-back returns a ticket to it");
		}
		if (this.withBot) {
			// A person changed it: the bot steps back, whatever the status was.
			boolean wasWithTheBot = this.status == TicketStatus.BOT;
			takeFromBot(actor, now);
			if (wasWithTheBot && target == TicketStatus.OPEN) {
				touch(now, TicketChanged.Change.STATUS);
				return;
			}
		}
		if (!TicketTransitions.allows(this.status, target)) {
			throw RuleViolationException.conflict("ticket-transition",
					"A ticket cannot go from " + this.status + " to " + target);
		}
		moveTo(target, actor, now);
	}

	void prioritize(TicketPriority priority, Actor actor, Instant now) {
		refuseIfClosed();
		if (priority != this.priority) {
			record(actor, "priority", this.priority + " → " + priority, now);
			this.priority = priority;
			this.priorityRank = (short) priority.ordinal();
			touch(now, TicketChanged.Change.PRIORITY);
		}
	}

	void categorize(TicketCategory category, Actor actor, Instant now) {
		refuseIfClosed();
		if (category != this.category) {
			record(actor, "category", this.category + " → " + category, now);
			this.category = category;
			touch(now, TicketChanged.Change.CATEGORY);
		}
	}

	void tag(String tag, Actor actor, Instant now) {
		refuseIfClosed();
		String normalized = TagPolicy.normalize(tag);
		if (this.tags.add(normalized)) {
			record(actor, "tagged", normalized, now);
			touch(now, TicketChanged.Change.TAGS);
		}
	}

	void untag(String tag, Actor actor, Instant now) {
		refuseIfClosed();
		if (this.tags.remove(TagPolicy.normalize(tag))) {
			record(actor, "untagged", tag, now);
			touch(now, TicketChanged.Change.TAGS);
		}
	}

	/** Ties the ticket to the order it is about (a ticket can start without one). */
	void linkOrder(String orderId, Actor actor, Instant now) {
		refuseIfClosed();
		if (orderId.equals(this.orderId)) {
			return;
		}
		record(actor, "order", ((this.orderId != null) ? this.orderId + " → " : "") + orderId, now);
		this.orderId = orderId;
		touch(now, TicketChanged.Change.ORDER);
	}

	/**
	 * Moves the ticket up (second line, supervisor), never down: an escalation is undone
	 * by solving the ticket, not by lowering its level.
	 */
	void escalate(EscalationLevel to, String reason, Actor actor, Instant now) {
		refuseIfClosed();
		if (to.compareTo(this.escalationLevel) <= 0) {
			return;
		}
		record(actor, "escalated", this.escalationLevel + " → " + to + ((reason != null) ? ": " + reason : ""), now);
		this.escalationLevel = to;
		touch(now, TicketChanged.Change.ESCALATED);
	}

	/**
	 * Merges this ticket into another of the same requester ({@link MergePolicy}): this
	 * one is closed naming the target, both audit trails say who merged which, and
	 * {@link TicketsMerged} tells the rest. The conversation is untouched: its messages
	 * stay readable from both tickets.
	 */
	void mergeInto(Ticket target, Actor actor, Instant now) {
		MergePolicy.check(this, target).orThrow();
		this.mergedInto = target.id;
		this.withBot = false;
		record(actor, "merged-into", "#" + target.number, now);
		moveTo(TicketStatus.CLOSED, actor, now);
		target.record(actor, "merged-from", "#" + this.number, now);
		target.touch(now, TicketChanged.Change.MERGED);
		registerEvent(new TicketsMerged(id(), this.number, target.id(), target.number, requester(), actor.id(), now));
	}

	/**
	 * The requester, a channel's contact, is this platform account (an agent linked
	 * them): the ticket is theirs from now on, with their customer-360.
	 */
	void requesterLinked(Participant account, String name, Actor actor, Instant now) {
		refuseIfClosed();
		record(actor, "requester-linked", this.requesterName + " → " + name, now);
		this.requesterRole = account.role();
		this.requesterId = account.id();
		this.requesterName = truncate(name, 200);
		touch(now, TicketChanged.Change.REQUESTER);
	}

	/** The requester writes in another of the desk's languages. */
	void speaks(String language, Instant now) {
		if (language != null && language.matches("ru|uz|en") && !language.equals(this.language)) {
			this.language = language;
			touch(now, TicketChanged.Change.LANGUAGE);
		}
	}

	/**
	 * The requester rated how the ticket was solved: the audit trail keeps the rating.
	 * With {@code followUp} (a low rating), a solved ticket is support's again, taken
	 * from the bot if it had it; this is no reopen of the requester's, so the resolution
	 * rated stays the one counted.
	 * @param detail the rating as the trail shows it ({@code 2/5: cold soup})
	 */
	void rated(String detail, boolean followUp, Instant now) {
		record(Actor.requester(this.requesterId, this.requesterName), "rated", truncate(detail, 1000), now);
		if (followUp && this.status == TicketStatus.SOLVED) {
			takeFromBot(Actor.SYSTEM, now);
			moveTo(TicketStatus.OPEN, Actor.SYSTEM, now);
		}
		else {
			touch(now, TicketChanged.Change.RATED);
		}
	}

	/** Solved by the bot alone: it still has the ticket, and no person answered. */
	boolean solvedByBot() {
		return this.withBot && this.status == TicketStatus.SOLVED && this.firstResponseAt == null;
	}

	void noteAdded(Actor actor, Instant now) {
		record(actor, "note", null, now);
		touch(now, TicketChanged.Change.NOTE);
	}

	private void moveTo(TicketStatus target, Actor actor, Instant now) {
		TicketStatus from = this.status;
		setStatus(target);
		if (target == TicketStatus.SOLVED) {
			this.solvedAt = now;
		}
		else if (target == TicketStatus.OPEN) {
			this.solvedAt = null;
		}
		record(actor, "status", from + " → " + target, now);
		touch(now, TicketChanged.Change.STATUS);
	}

	private void setStatus(TicketStatus status) {
		this.status = status;
		this.queueBucket = (short) status.bucket();
	}

	private void refuseIfClosed() {
		if (this.status == TicketStatus.CLOSED) {
			throw RuleViolationException.conflict("ticket-closed", "A closed ticket cannot change");
		}
	}

	private void record(Actor actor, String action, String detail, Instant now) {
		this.audit.add(new TicketAuditEntry(actor, action, detail, now));
	}

	private void touch(Instant now, TicketChanged.Change change) {
		this.updatedAt = now;
		registerEvent(changed(change));
	}

	private TicketChanged changed(TicketChanged.Change change) {
		return new TicketChanged(id(), this.number, this.conversationId, requester(), this.line, this.status,
				this.priority, this.category, this.subject,
				(this.assigneeId != null) ? this.assigneeId.toString() : null, change, this.createdAt, this.updatedAt,
				language(), escalationLevel(), this.reopenCount, this.channel);
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max - 1) + "…";
	}

	TicketId id() {
		return new TicketId(this.id);
	}

	boolean withBot() {
		return this.withBot;
	}

	String language() {
		return (this.language != null) ? this.language : "ru";
	}

	EscalationLevel escalationLevel() {
		return (this.escalationLevel != null) ? this.escalationLevel : EscalationLevel.FIRST_LINE;
	}

	int reopenCount() {
		return this.reopenCount;
	}

	TicketStatus status() {
		return this.status;
	}

	UUID conversationId() {
		return this.conversationId;
	}

	Participant requester() {
		return new Participant(this.requesterRole, this.requesterId);
	}

	Channel channel() {
		return this.channel;
	}

	long number() {
		return this.number;
	}

	/** The ticket this one was merged into, if it was. */
	java.util.Optional<TicketId> mergedInto() {
		return java.util.Optional.ofNullable(this.mergedInto).map(TicketId::new);
	}

	TicketRef ref() {
		return new TicketRef(id(), this.number, this.subject, this.status);
	}

	TicketSummary summary() {
		return new TicketSummary(id(), this.number, this.conversationId, this.requesterId, this.requesterRole,
				this.requesterName, this.line, this.status, this.priority, this.category, Set.copyOf(this.tags),
				this.assigneeId, this.assigneeName, this.orderId, this.subject, this.createdAt, this.updatedAt,
				this.firstResponseAt, this.solvedAt, language(), escalationLevel(), this.reopenCount, this.channel);
	}

	/**
	 * The events registered and not yet published (published when the repository saves
	 * the ticket).
	 */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	List<TicketAuditEntry> auditTrail() {
		return List.copyOf(this.audit);
	}

	@Override
	public String toString() {
		return "Ticket[#" + this.number + " " + this.status + "]";
	}

	/**
	 * Routing hands a waiting ticket to an agent: only while nobody has it, the bot has
	 * let go and it waits for support; otherwise nothing changes and the answer is false.
	 */
	boolean route(UUID operatorId, String operatorName, String reason, Instant now) {
		if (this.assigneeId != null || this.withBot
				|| (this.status != TicketStatus.NEW && this.status != TicketStatus.OPEN)) {
			return false;
		}
		this.assigneeId = operatorId;
		this.assigneeName = operatorName;
		if (this.status == TicketStatus.NEW) {
			setStatus(TicketStatus.OPEN);
		}
		record(Actor.SYSTEM, "routed", operatorName + ": " + reason, now);
		touch(now, TicketChanged.Change.ASSIGNED);
		return true;
	}

	/**
	 * The sla module's clocks moved with this change: no event, the change that moved
	 * them has its own.
	 */
	void slaDue(Instant dueAt) {
		this.slaDueAt = dueAt;
	}

	/**
	 * A service level was missed: the audit trail says which (an action per target), and
	 * the queue hears of it.
	 */
	void slaBreached(String target, Instant now) {
		record(Actor.SYSTEM, "sla-breached-" + target, null, now);
		registerEvent(changed(TicketChanged.Change.SLA_BREACHED));
	}

	record Requester(Participant who, String name, String language) {

		Requester(Participant who, String name) {
			this(who, name, "ru");
		}

		Requester {
			language = (language != null && language.matches("ru|uz|en")) ? language : "ru";
		}

	}

}
