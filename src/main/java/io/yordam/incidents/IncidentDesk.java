package io.yordam.incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.access.StaffAction;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.common.InvalidInputException;
import io.yordam.common.Money;
import io.yordam.common.NotFoundException;
import io.yordam.common.SerialDecisions;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.QuickReply;
import io.yordam.ledger.Ledger;
import io.yordam.ledger.LedgerActor;
import io.yordam.ledger.Posting;
import io.yordam.orders.OrderAction;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.orders.PlatformRequests;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketSummary;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the playbooks. Each decision locks its incident, so a double click, a retry or two
 * operators at once meet one incident in one state: the second sees the choice already
 * made. Money and platform requests carry keys derived from the incident and the option,
 * so even a retried transaction cannot pay twice.
 */
@Service
public class IncidentDesk {

	static final String ACTION_PREFIX = "inc:";

	private final IncidentRepository incidents;

	private final DepartmentTaskRepository tasks;

	private final PlaybookSettingsStore settings;

	private final Playbooks playbooks = new Playbooks();

	private final Orders orders;

	private final PlatformRequests platform;

	private final Ledger ledger;

	private final Conversations conversations;

	private final TicketDesk tickets;

	private final IncidentTexts texts;

	private final ObjectMapper mapper;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SerialDecisions decisions;

	IncidentDesk(IncidentRepository incidents, DepartmentTaskRepository tasks, PlaybookSettingsStore settings,
			Orders orders, PlatformRequests platform, Ledger ledger, Conversations conversations, TicketDesk tickets,
			IncidentTexts texts, ObjectMapper mapper, Clock clock, ApplicationEventPublisher events,
			SerialDecisions decisions) {
		this.events = events;
		this.decisions = decisions;
		this.incidents = incidents;
		this.tasks = tasks;
		this.settings = settings;
		this.orders = orders;
		this.platform = platform;
		this.ledger = ledger;
		this.conversations = conversations;
		this.tickets = tickets;
		this.texts = texts;
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * Opens an incident on a ticket and offers its options in the chat.
	 * @param orderId the order it is about; by default the ticket's linked order
	 */
	@Transactional
	public IncidentView open(TicketId ticketId, IncidentType type, String orderId, IncidentFacts facts, Acting by) {
		TicketSummary ticket = this.tickets.get(ticketId);
		String chosenOrder = (orderId != null && !orderId.isBlank()) ? orderId : ticket.orderId();
		if (chosenOrder == null) {
			throw new InvalidInputException("orderId", "required", "Link the ticket to an order, or name the order");
		}
		OrderView order = this.orders.find(new OrderId(chosenOrder))
			// The requester must be the order's customer, role and id: a courier's id may
			// equal a customer's.
			.filter(o -> ticket.requester().equals(Participant.customer(o.customerId())))
			.orElseThrow(() -> new InvalidInputException("orderId", "customer-order",
					"No order " + chosenOrder + " of this customer"));
		if (IncidentEligibility.check(type, order,
				this.clock.instant()) instanceof IncidentEligibility.Refused refused) {
			throw new io.yordam.common.RuleViolationException(422, refused.rule().code(), refused.detail());
		}
		if (facts.photoAttachmentId() != null
				&& this.conversations.attachment(new ConversationId(ticket.conversationId()), facts.photoAttachmentId())
					.isEmpty()) {
			throw new InvalidInputException("facts.photoAttachmentId", "conversation-photo",
					"The photo must be one the customer sent in this conversation");
		}
		if (this.incidents.existsByOrderIdAndType(chosenOrder, type)) {
			throw io.yordam.common.RuleViolationException.conflict("incident-exists",
					"Order " + order.number() + " already has a " + type + " incident");
		}
		return start(ticket.id().value(), ticket.conversationId(), order, type, facts, by);
	}

	/** An incident opened, or why it could not be (the rule's code). */
	public record Opening(IncidentView incident, String refusal, String detail) {

		public boolean opened() {
			return this.incident != null;
		}

	}

	/**
	 * Like {@link #open}, but a rule that refuses (not late yet, already open, order
	 * finished, a fact missing) is an answer, not an error: the bot decides what to tell
	 * the customer, in the same transaction.
	 */
	@Transactional
	public Opening tryOpen(TicketId ticketId, IncidentType type, String orderId, IncidentFacts facts, Acting by) {
		try {
			return new Opening(open(ticketId, type, orderId, facts, by), null, null);
		}
		catch (io.yordam.common.RuleViolationException ex) {
			return new Opening(null, ex.rule(), ex.getMessage());
		}
		catch (InvalidInputException ex) {
			return new Opening(null, ex.violations().get(0).rule(), ex.getMessage());
		}
	}

	private IncidentView start(UUID ticketId, UUID conversationId, OrderView order, IncidentType type,
			IncidentFacts facts, Acting by) {
		Instant now = this.clock.instant();
		PlaybookSettings current = this.settings.current().settings();
		List<Offer> offers = offersFor(type, facts, order, now, current);
		if (this.mapper.writeValueAsString(facts).length() > IncidentColumns.MAX_JSON
				|| this.mapper.writeValueAsString(offers).length() > IncidentColumns.MAX_JSON) {
			// Each field is bounded at the edge; together, escaped, they must still fit.
			throw new InvalidInputException("facts", "length",
					"The facts are too long for one incident: fewer items or a shorter note");
		}
		Incident incident = this.incidents
			.saveAndFlush(new Incident(ticketId, conversationId, order.id().value(), order.customerId(), type, facts,
					offers, by, order.restaurantName(), order.courierName(), order.city(), now));
		String locale = localeOf(conversationId);
		List<QuickReply> replies = offers.stream()
			.map(o -> new QuickReply(ACTION_PREFIX + incident.id() + ":" + o.option(), this.texts.label(o, locale)))
			.toList();
		this.conversations.postAsSystem(new ConversationId(conversationId),
				this.texts.offer(type, order.number(), locale), replies, "incident-offer-" + incident.id());
		return view(incident);
	}

	/**
	 * The playbook's options, each one whose requests to the platform are exactly what
	 * the ledger posts; an amount beyond a long's range (an order's prices gone wrong) is
	 * a refusal, never a wrapped-around number.
	 */
	private List<Offer> offersFor(IncidentType type, IncidentFacts facts, OrderView order, Instant now,
			PlaybookSettings current) {
		try {
			List<Offer> offers = this.playbooks.of(type).offer(facts, order, now, current);
			if (offers.stream().allMatch(Offer::consistent)) {
				return offers;
			}
		}
		catch (ArithmeticException ex) {
			// Refused below.
		}
		throw new io.yordam.common.RuleViolationException(422, "amount-out-of-range",
				"The amounts of order " + order.number() + " are out of range: the incident is for a person to handle");
	}

	/**
	 * Support reaches out first: a declined card opens a conversation with the customer
	 * and offers the unpaid playbook's options; the ticket follows.
	 */
	@Transactional
	public void paymentDeclined(OrderId orderId, String customerLocale) {
		if (this.incidents.existsByOrderIdAndType(orderId.value(), IncidentType.UNPAID_ORDER)) {
			return;
		}
		OrderView order = this.orders.find(orderId).orElse(null);
		if (order == null || order.status().isTerminal()) {
			return;
		}
		ConversationView conversation = this.conversations.startBySupport(
				new PlatformUser(order.customerId(), PlatformRole.CUSTOMER, order.customerName(), customerLocale),
				order.id().value(), "Payment declined: order " + order.number());
		start(null, conversation.id().value(), order, IncidentType.UNPAID_ORDER, IncidentFacts.none(), Acting.SYSTEM);
	}

	/**
	 * The ticket of a conversation support started has opened: the incident belongs to
	 * it.
	 */
	@Transactional
	public void ticketOpened(UUID conversationId, TicketId ticketId) {
		this.incidents.findByConversationIdAndTicketIdIsNull(conversationId)
			.forEach(incident -> incident.attachTo(ticketId.value()));
	}

	/**
	 * The customer (by quick reply) or an operator for them picks an option. Choosing the
	 * same option again returns the incident as it is.
	 */
	@Transactional
	public IncidentView choose(UUID incidentId, String option, String chosenBy) {
		Incident incident = this.incidents.lockById(incidentId).orElseThrow(() -> new NotFoundException("incident"));
		Offer offer = incident.offered(option);
		Instant now = this.clock.instant();
		if (!incident.choose(option, chosenBy, now)) {
			return view(incident);
		}
		serialise(incident);
		PlaybookSettings current = this.settings.current().settings();
		Acting requester = incident.requester();
		long paidThisShift = this.ledger.paidBy(requester.id(), now.minus(Duration.ofHours(current.shiftHours())))
			.som();
		CompensationLimitPolicy.Decision decision = CompensationLimitPolicy.check(offer.cost(),
				current.limitOf(requester.role()), paidThisShift, signals(incident, current));
		String locale = localeOf(incident.conversationId());
		if (decision instanceof CompensationLimitPolicy.Refused refused) {
			throw new io.yordam.common.RuleViolationException(422, refused.reason(), "This option cannot be paid");
		}
		if (decision instanceof CompensationLimitPolicy.NeedsApproval needs) {
			incident.awaitApproval(needs.reason(), now);
			tell(incident, this.texts.waitingForSupervisor(locale), "waiting");
		}
		else {
			carryOut(incident, offer, null, locale, now);
		}
		return view(incident);
	}

	@Transactional
	public IncidentView approve(UUID incidentId, Acting supervisor, String note) {
		supervisor.require(StaffAction.DECIDE_APPROVAL);
		Incident incident = this.incidents.lockById(incidentId).orElseThrow(() -> new NotFoundException("incident"));
		Instant now = this.clock.instant();
		incident.approve(supervisor.id(), supervisor.name(), note, now);
		serialise(incident);
		carryOut(incident, incident.chosenOffer(), supervisor.name(), localeOf(incident.conversationId()), now);
		return view(incident);
	}

	@Transactional
	public IncidentView refuse(UUID incidentId, Acting supervisor, String note) {
		supervisor.require(StaffAction.DECIDE_APPROVAL);
		Incident incident = this.incidents.lockById(incidentId).orElseThrow(() -> new NotFoundException("incident"));
		incident.refuse(supervisor.id(), supervisor.name(), note, this.clock.instant());
		tell(incident, this.texts.refused(incident.chosenOffer(), localeOf(incident.conversationId())), "refused");
		return view(incident);
	}

	/**
	 * After the customer is served: who was at fault. Closing the ticket tells their
	 * department.
	 */
	@Transactional
	public IncidentView attributeFault(UUID incidentId, Fault fault, String note, Acting by) {
		if (fault == null) {
			throw new InvalidInputException("fault", "required", "Choose who was at fault");
		}
		if (note == null || note.isBlank() || note.length() > 1000) {
			throw new InvalidInputException("note", "required", "Say in 1 to 1000 characters what happened");
		}
		Incident incident = this.incidents.lockById(incidentId).orElseThrow(() -> new NotFoundException("incident"));
		incident.attributeFault(fault, note.strip(), by.name(), this.clock.instant());
		return view(incident);
	}

	/**
	 * The ticket is solved or closed: each incident's facts go to the department that
	 * owns the fault.
	 */
	@Transactional
	public void ticketClosed(TicketId ticketId) {
		for (Incident incident : this.incidents.findByTicketIdOrderByCreatedAt(ticketId.value())) {
			if (incident.fault() == null || this.tasks.findByIncidentId(incident.id()).isPresent()) {
				continue;
			}
			Department.owning(incident.fault(), incident.type())
				.ifPresent(department -> this.tasks
					.save(new DepartmentTask(department, incident, summary(incident), this.clock.instant())));
		}
	}

	/** The platform answered one of an incident's requests. */
	@Transactional
	public void platformSettled(UUID incidentId, String type, boolean accepted, String detail) {
		this.incidents.lockById(incidentId).ifPresent(incident -> {
			switch (incident.platformSettled(type, accepted, detail, this.clock.instant())) {
				case ALL_DONE -> tell(incident,
						this.texts.done(incident.chosenOffer(), localeOf(incident.conversationId())), "done");
				// The customer is not told "done" for something the platform would not
				// do: an
				// operator takes it from here.
				case REFUSED ->
					tell(incident, this.texts.platformRefused(localeOf(incident.conversationId())), "platform-refused");
				case STILL_PENDING -> {
				}
			}
		});
	}

	@Transactional(readOnly = true)
	public IncidentView get(UUID incidentId) {
		return view(this.incidents.findById(incidentId).orElseThrow(() -> new NotFoundException("incident")));
	}

	@Transactional(readOnly = true)
	public List<IncidentView> ofTicket(TicketId ticketId) {
		PlaybookSettings current = this.settings.current().settings();
		return this.incidents.findByTicketIdOrderByCreatedAt(ticketId.value())
			.stream()
			.map(i -> view(i, current))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<IncidentView> awaitingApproval(Acting reader) {
		reader.require(StaffAction.SEE_APPROVALS);
		PlaybookSettings current = this.settings.current().settings();
		return this.incidents.findByStatusOrderByUpdatedAt(IncidentStatus.AWAITING_APPROVAL, Limit.of(100))
			.stream()
			.map(i -> view(i, current))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<DepartmentTaskView> openTasks(Department department, Acting reader) {
		reader.require(StaffAction.SEE_DEPARTMENT_TASKS);
		return this.tasks.findByDepartmentAndStatusOrderByCreatedAt(department, "OPEN", Limit.of(200))
			.stream()
			.map(DepartmentTask::view)
			.toList();
	}

	@Transactional
	public DepartmentTaskView taskDone(UUID taskId, Acting by) {
		by.require(StaffAction.CLOSE_DEPARTMENT_TASK);
		DepartmentTask task = this.tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task"));
		task.done(by.name(), this.clock.instant());
		return task.view();
	}

	/** Whether a ticket may close: every incident on it needs its fault. */
	@Transactional(readOnly = true)
	public boolean faultsMissing(TicketId ticketId) {
		return this.incidents.withoutFault(ticketId.value()) > 0;
	}

	/**
	 * Posts the payments and queues the requests, in one transaction. The platform is
	 * never asked for money the ledger did not post: the refunds and bonus credits
	 * requested must add up to those posted, or nothing happens at all. The customer
	 * hears "done" only when nothing waits for the platform; otherwise "asked", and
	 * "done" once the platform confirms ({@link #platformSettled}).
	 */
	private void carryOut(Incident incident, Offer offer, String approvedBy, String locale, Instant now) {
		if (!offer.consistent()) {
			throw new io.yordam.common.RuleViolationException(422, "amount-out-of-range",
					"The amounts of this option do not add up: nothing was paid or asked");
		}
		Acting requester = incident.requester();
		LedgerActor actor = new LedgerActor(actorKind(requester.role()), requester.id(), requester.name(), approvedBy);
		Posting.Reference reference = new Posting.Reference(incident.ticketId(), incident.orderId(), incident.id(),
				offer.option());
		java.util.Map<io.yordam.ledger.PostingKind, Integer> seen = new java.util.EnumMap<>(
				io.yordam.ledger.PostingKind.class);
		for (Offer.Payment payment : offer.payments()) {
			// Two payments of one kind (a cash order's difference and the compensation,
			// both
			// as bonus) need keys of their own: the second of a kind is KIND-2.
			int nth = seen.merge(payment.kind(), 1, Integer::sum);
			String part = (nth == 1) ? payment.kind().name() : payment.kind().name() + "-" + nth;
			if (payment.amount() > 0) {
				this.ledger.post(new Posting(key(incident, part), payment.kind(), incident.customerId(),
						Money.som(payment.amount()), reference, actor, incident.type() + " " + offer.option()));
			}
		}
		List<Offer.PlatformStep> steps = offer.steps();
		for (int i = 0; i < steps.size(); i++) {
			this.platform.request(action(incident, steps.get(i)), key(incident, "p" + i), requestedFor(incident.id()));
		}
		incident.carriedOut(offer.cost(), steps.size(), now);
		tell(incident, steps.isEmpty() ? this.texts.done(offer, locale) : this.texts.inProgress(offer, locale),
				"carried-out");
	}

	private OrderAction action(Incident incident, Offer.PlatformStep step) {
		OrderId order = new OrderId(incident.orderId());
		String reason = incident.type() + " " + incident.id();
		return switch (step.kind()) {
			case REDELIVER -> new OrderAction.Redeliver(order, step.skus(), true);
			case REFUND -> new OrderAction.Refund(order, Money.som(step.amount()), reason);
			case CREDIT_BONUS ->
				new OrderAction.CreditBonus(order, incident.customerId(), Money.som(step.amount()), reason);
			case CANCEL -> new OrderAction.Cancel(order, reason);
			case RETRY_PAYMENT -> new OrderAction.RetryPayment(order);
			case SWITCH_TO_CASH -> new OrderAction.SwitchToCash(order);
		};
	}

	static String requestedFor(UUID incidentId) {
		return "incident:" + incidentId;
	}

	private static String key(Incident incident, String part) {
		return ACTION_PREFIX + incident.id() + ":" + incident.chosenOption() + ":" + part;
	}

	private static LedgerActor.Kind actorKind(Acting.Role role) {
		return switch (role) {
			case BOT -> LedgerActor.Kind.BOT;
			case SYSTEM -> LedgerActor.Kind.SYSTEM;
			case AGENT, SUPERVISOR, ADMIN -> LedgerActor.Kind.AGENT;
		};
	}

	private void tell(Incident incident, String text, String step) {
		this.conversations.postAsSystem(new ConversationId(incident.conversationId()), text, List.of(),
				"incident-" + step + "-" + incident.id());
		this.events.publishEvent(new IncidentProgressed(incident.id(), incident.conversationId(), incident.orderId(),
				incident.type(), incident.status(), incident.requester().role()));
	}

	/**
	 * Before the totals a decision reads: one decision at a time per requester (their
	 * shift's limit) and per customer (the abuse signals), so parallel choices on
	 * different incidents cannot each pass a limit that together they exceed. An approved
	 * payment takes the same turn, so the next decision counts it.
	 */
	private void serialise(Incident incident) {
		this.decisions.lock(new SerialDecisions.Key(SerialDecisions.Scope.REQUESTER, incident.requester().id()),
				new SerialDecisions.Key(SerialDecisions.Scope.CUSTOMER, incident.customerId()));
	}

	AbuseSignals signals(Incident incident, PlaybookSettings current) {
		Instant since = this.clock.instant().minus(Duration.ofDays(30));
		return AbuseSignals.of(this.incidents.claimsSince(incident.customerId(), since),
				this.incidents.claimsOnOrder(incident.orderId()),
				this.ledger.paidTo(incident.customerId(), since).som(), current.abuse());
	}

	private IncidentView view(Incident incident) {
		return view(incident, this.settings.current().settings());
	}

	// A list reads the settings once, not once per incident (the ticket view polls it).
	private IncidentView view(Incident incident, PlaybookSettings current) {
		return incident.view((incident.type() == IncidentType.UNPAID_ORDER) ? null : signals(incident, current));
	}

	private String summary(Incident incident) {
		List<String> lines = new ArrayList<>();
		lines.add(incident.type() + " on order " + incident.orderId());
		lines.add("Option: " + incident.chosenOption());
		lines.add("Fault: " + incident.fault() + " — " + incident.faultNote());
		String text = String.join("\n", lines);
		return (text.length() > 2000) ? text.substring(0, 2000) : text;
	}

	private String localeOf(UUID conversationId) {
		return this.conversations.find(new ConversationId(conversationId))
			.map(ConversationView::participantLocale)
			.orElse("ru");
	}

}
