package io.yordam.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.access.Operators;
import io.yordam.access.Participant;
import io.yordam.customers.Customers;
import io.yordam.support.MutableClock;
import io.yordam.support.Parallel;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketChanged.Change;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The sla module alone: ticket changes in (published as the desk publishes them, inside a
 * transaction), clocks and timers out. Time moves by the application's clock, which
 * db-scheduler reads too; nothing sleeps.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(MutableClock.AppClock.class)
@Tag("db")
class SlaClocksModuleTests {

	@MockitoBean
	TicketDesk desk;

	@MockitoBean
	Customers customers;

	@MockitoBean
	SimpMessagingTemplate broker;

	@MockitoBean
	Operators operators;

	@Autowired
	MutableClock clock;

	@Autowired
	SlaClockRepository clocks;

	@Autowired
	SlaClocks queries;

	@Autowired
	SlaTimerFiring firing;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	/** The audit entries the desk would have written: one per claimed breach. */
	private final Map<TicketId, Integer> auditEntries = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<TicketId, Instant> firstResponses = new java.util.concurrent.ConcurrentHashMap<>();

	/** Who has each ticket, as the desk would answer. */
	private final Map<TicketId, UUID> assignees = new java.util.concurrent.ConcurrentHashMap<>();

	@BeforeEach
	void theDeskAnswers() {
		when(this.desk.get(any())).thenAnswer(inv -> summary(inv.getArgument(0)));
		// The desk records a breach only if the clock's conditional update claims it.
		when(this.desk.recordSlaBreach(any(), any(), any())).thenAnswer(inv -> {
			@SuppressWarnings("unchecked")
			boolean claimed = ((java.util.function.Predicate<UUID>) inv.getArgument(2))
				.test(summary(inv.getArgument(0)).assigneeId());
			if (claimed) {
				this.auditEntries.merge(inv.getArgument(0), 1, Integer::sum);
			}
			return claimed;
		});
	}

	@Test
	void timeWithTheBotDoesNotCountAndTheHandOffStartsTheHumanClock(Scenario scenario) {
		TicketId ticket = newTicket();
		change(ticket, Change.OPENED, TicketStatus.BOT, TicketCategory.GENERAL_QUESTION);
		assertThat(this.clocks.findByTicketId(ticket.value())).isEmpty();
		this.clock.advance(Duration.ofMinutes(10));
		Instant handOff = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		scenario.stimulate(() -> change(ticket, Change.STATUS, TicketStatus.NEW, TicketCategory.LATE_DELIVERY))
			.andWaitForStateChange(() -> this.queries.of(List.of(ticket)).get(ticket), v -> v != null)
			.andVerify(views -> {
				assertThat(views).extracting(SlaClockView::target)
					.containsExactly(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION);
				assertThat(views.get(0).dueAt()).isEqualTo(handOff.plusSeconds(60));
				assertThat(views.get(1).dueAt()).isEqualTo(handOff.plus(Duration.ofMinutes(20)));
				assertThat(views.get(1).policy()).isEqualTo("Late delivery");
				verify(this.desk).slaDue(ticket, handOff.plusSeconds(60));
			});
	}

	@Test
	void waitingForTheCustomerPausesAndTheirMessageResumes(Scenario scenario) {
		TicketId ticket = newTicket();
		change(ticket, Change.OPENED, TicketStatus.NEW, TicketCategory.GENERAL_QUESTION);
		this.clock.advance(Duration.ofSeconds(20));
		this.firstResponses.put(ticket, this.clock.instant());
		change(ticket, Change.STATUS, TicketStatus.PENDING_CUSTOMER, TicketCategory.GENERAL_QUESTION);
		Map<SlaTarget, SlaClockView> paused = byTarget(ticket);
		assertThat(paused).doesNotContainKey(SlaTarget.FIRST_RESPONSE); // answered:
																		// stopped
		assertThat(paused.get(SlaTarget.RESOLUTION).paused()).isTrue();
		assertThat(paused.get(SlaTarget.RESOLUTION).remaining()).isEqualTo(Duration.ofHours(4).minusSeconds(20));

		this.clock.advance(Duration.ofHours(6)); // the customer took their time: it does
													// not count
		Instant wrote = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		scenario.stimulate(() -> change(ticket, Change.STATUS, TicketStatus.OPEN, TicketCategory.GENERAL_QUESTION))
			.andWaitForStateChange(() -> byTarget(ticket), m -> m.containsKey(SlaTarget.NEXT_RESPONSE))
			.andVerify(resumed -> {
				assertThat(resumed.get(SlaTarget.RESOLUTION).paused()).isFalse();
				assertThat(resumed.get(SlaTarget.RESOLUTION).dueAt())
					.isEqualTo(wrote.plus(Duration.ofHours(4)).minusSeconds(20));
				assertThat(resumed.get(SlaTarget.NEXT_RESPONSE).dueAt()).isEqualTo(wrote.plus(Duration.ofMinutes(2)));
			});
	}

	@Test
	void aNewCategoryOrPriorityMovesTheDueByTheNewBudgetAndKeepsTheTimeSpent() {
		TicketId ticket = newTicket();
		Instant opened = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		change(ticket, Change.OPENED, TicketStatus.NEW, TicketCategory.GENERAL_QUESTION);
		assertThat(byTarget(ticket).get(SlaTarget.RESOLUTION).dueAt()).isEqualTo(opened.plus(Duration.ofHours(4)));

		this.clock.advance(Duration.ofSeconds(10));
		change(ticket, Change.CATEGORY, TicketStatus.NEW, TicketCategory.LATE_DELIVERY, TicketPriority.NORMAL);
		Map<SlaTarget, SlaClockView> late = byTarget(ticket);
		assertThat(late.get(SlaTarget.FIRST_RESPONSE).dueAt()).isEqualTo(opened.plusSeconds(60));
		assertThat(late.get(SlaTarget.RESOLUTION).dueAt()).isEqualTo(opened.plus(Duration.ofMinutes(20)));
		assertThat(late.get(SlaTarget.RESOLUTION).policy()).isEqualTo("Late delivery");

		change(ticket, Change.PRIORITY, TicketStatus.NEW, TicketCategory.LATE_DELIVERY, TicketPriority.HIGH);
		Map<SlaTarget, SlaClockView> urgent = byTarget(ticket);
		assertThat(urgent.get(SlaTarget.FIRST_RESPONSE).dueAt()).isEqualTo(opened.plusSeconds(30));
		assertThat(urgent.get(SlaTarget.RESOLUTION).dueAt()).isEqualTo(opened.plus(Duration.ofMinutes(15)));
		verify(this.desk).slaDue(ticket, opened.plusSeconds(30));
	}

	@Test
	void aBudgetCutBelowTheTimeSpentBreachesOnceAndABreachStandsWhenRaised() {
		TicketId ticket = newTicket();
		change(ticket, Change.OPENED, TicketStatus.NEW, TicketCategory.GENERAL_QUESTION);
		this.clock.advance(Duration.ofSeconds(40));
		// 15 s for an urgent ticket, 40 s already spent: due now, and the timer records
		// it.
		change(ticket, Change.PRIORITY, TicketStatus.NEW, TicketCategory.GENERAL_QUESTION, TicketPriority.URGENT);
		// Time moves on, as it does outside a test: a timer due at the very instant of a
		// frozen clock is not picked by db-scheduler's poll.
		this.clock.advance(Duration.ofSeconds(1));
		// The desk's audit entry is the claim's witness, whichever scheduler thread
		// fired. The warning and the breach are both overdue and fire at once on two
		// threads; the one that loses the clock row's lock is tried again 5 s later, as
		// designed (SlaTimerConfiguration). db-scheduler reads the application's clock,
		// which only the test moves: each look moves it a second on, so that such a
		// retry comes due (a frozen clock would keep it waiting forever).
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				this.clock.advance(Duration.ofSeconds(1));
				return this.auditEntries.getOrDefault(ticket, 0) == 1;
			});
		change(ticket, Change.PRIORITY, TicketStatus.NEW, TicketCategory.GENERAL_QUESTION, TicketPriority.NORMAL);
		assertThat(byTarget(ticket).get(SlaTarget.FIRST_RESPONSE).stage()).isEqualTo(SlaStage.BREACHED);
		org.awaitility.Awaitility.await()
			.during(Duration.ofSeconds(2))
			.until(() -> this.auditEntries.get(ticket), n -> n == 1);
	}

	@Test
	void theWarningComesAt75PercentAndTheBreachOnceWhenDue(Scenario scenario, AssertablePublishedEvents published) {
		TicketId ticket = newTicket();
		change(ticket, Change.OPENED, TicketStatus.NEW, TicketCategory.GENERAL_QUESTION);
		scenario.stimulate(() -> this.clock.advance(Duration.ofSeconds(46)))
			.andWaitForEventOfType(SlaWarned.class)
			.matching(e -> e.ticketId().equals(ticket))
			.toArriveAndVerify(e -> {
				assertThat(e.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
				assertThat(byTarget(ticket).get(SlaTarget.FIRST_RESPONSE).stage()).isEqualTo(SlaStage.AMBER);
			});
		scenario.stimulate(() -> this.clock.advance(Duration.ofSeconds(15)))
			.andWaitForEventOfType(SlaBreached.class)
			.matching(e -> e.ticketId().equals(ticket))
			.toArriveAndVerify(e -> {
				assertThat(e.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
				assertThat(byTarget(ticket).get(SlaTarget.FIRST_RESPONSE).stage()).isEqualTo(SlaStage.BREACHED);
				assertThat(this.queries.perLine().get(TicketLine.CUSTOMERS_PARTNERS).breached()).isPositive();
				assertThat(this.queries.mostAtRisk(100)).extracting(SlaClockView::ticketId).contains(ticket);
			});
		assertThat(published.ofType(SlaBreached.class).matching(e -> e.ticketId().equals(ticket))).hasSize(1);
		assertThat(published.ofType(SlaWarned.class).matching(e -> e.ticketId().equals(ticket))).hasSize(1);
		assertThat(this.auditEntries.get(ticket)).isEqualTo(1);
	}

	@Test
	void aBreachFiredTwelveTimesAtOnceIsRecordedOnce(AssertablePublishedEvents published) throws Exception {
		TicketId ticket = newTicket();
		// A long first response, so that only the double-fire below can claim it.
		change(ticket, Change.OPENED, TicketStatus.NEW, TicketCategory.GENERAL_QUESTION);
		SlaClock first = this.clocks.findByTicketId(ticket.value())
			.stream()
			.filter(c -> c.target() == SlaTarget.FIRST_RESPONSE)
			.findFirst()
			.orElseThrow();
		this.clock.advance(Duration.ofSeconds(60));
		List<Callable<Void>> fires = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			fires.add(() -> {
				this.firing.breach(first.id(), first.run());
				return null;
			});
		}
		Parallel.all(fires);
		org.awaitility.Awaitility.await()
			.until(() -> this.clocks.findById(first.id()).map(c -> c.view(this.clock.instant()).stage()).orElseThrow(),
					s -> s == SlaStage.BREACHED);
		assertThat(published.ofType(SlaBreached.class).matching(e -> e.ticketId().equals(ticket))).hasSize(1);
		// Twelve firings asked the desk; the claim let one audit entry through.
		assertThat(this.auditEntries.get(ticket)).isEqualTo(1);
	}

	@Test
	void aStoppedClocksTimerFindsNothingToDo(AssertablePublishedEvents published) {
		TicketId ticket = newTicket();
		change(ticket, Change.OPENED, TicketStatus.NEW, TicketCategory.GENERAL_QUESTION);
		SlaClock first = this.clocks.findByTicketId(ticket.value())
			.stream()
			.filter(c -> c.target() == SlaTarget.FIRST_RESPONSE)
			.findFirst()
			.orElseThrow();
		this.firstResponses.put(ticket, this.clock.instant());
		change(ticket, Change.STATUS, TicketStatus.SOLVED, TicketCategory.GENERAL_QUESTION);
		this.clock.advance(Duration.ofHours(5));
		this.firing.breach(first.id(), first.run());
		assertThat(published.ofType(SlaBreached.class).matching(e -> e.ticketId().equals(ticket))).isEmpty();
		assertThat(this.queries.of(List.of(ticket))).isEmpty();
	}

	@Test
	void aRunIsChargedToWhoeverHadTheTicketWhenItStoppedOrBreached(Scenario scenario) {
		UUID aziza = UUID.randomUUID();
		UUID bobur = UUID.randomUUID();
		UUID sardor = UUID.randomUUID();
		Instant since = this.clock.instant().minusSeconds(1);
		// Aziza answers in time.
		TicketId answered = newTicket();
		change(answered, Change.OPENED, TicketStatus.NEW, aziza);
		this.firstResponses.put(answered, this.clock.instant());
		change(answered, Change.STATUS, TicketStatus.PENDING_CUSTOMER, aziza);
		assertThat(clockOf(answered, SlaTarget.FIRST_RESPONSE).ownerId()).isEqualTo(aziza);
		// Bobur has a ticket whose first response breaches; Sardor solves it later: the
		// breach stays Bobur's.
		TicketId breached = newTicket();
		change(breached, Change.OPENED, TicketStatus.NEW, bobur);
		this.assignees.put(breached, bobur);
		// Sardor answers exactly when due: whether the timer records the breach first or
		// the answer stops the clock first, the run is missed, and his.
		TicketId late = newTicket();
		change(late, Change.OPENED, TicketStatus.NEW, sardor);
		this.assignees.put(late, sardor);
		scenario.stimulate(() -> this.clock.advance(Duration.ofSeconds(60)))
			.andWaitForEventOfType(SlaBreached.class)
			.matching(e -> e.ticketId().equals(breached))
			.toArrive();
		this.firstResponses.put(late, this.clock.instant());
		change(late, Change.STATUS, TicketStatus.PENDING_CUSTOMER, sardor);
		change(breached, Change.STATUS, TicketStatus.SOLVED, sardor);
		assertThat(clockOf(breached, SlaTarget.FIRST_RESPONSE).ownerId()).isEqualTo(bobur);
		assertThat(clockOf(breached, SlaTarget.RESOLUTION).ownerId()).as("stopped in time, by the solver")
			.isEqualTo(sardor);

		Map<String, long[]> ended = new java.util.HashMap<>();
		for (Object[] row : this.clocks.endedSince(since)) {
			if (row[2] != null && List.of(aziza, bobur, sardor).contains(row[2])) {
				ended.put(row[1] + " " + row[2],
						new long[] { ((Number) row[3]).longValue(), ((Number) row[4]).longValue() });
			}
		}
		assertThat(ended).containsOnlyKeys("FIRST_RESPONSE " + aziza, "FIRST_RESPONSE " + bobur,
				"FIRST_RESPONSE " + sardor, "RESOLUTION " + sardor);
		assertThat(ended.get("FIRST_RESPONSE " + aziza)).containsExactly(1, 0);
		assertThat(ended.get("FIRST_RESPONSE " + bobur)).containsExactly(0, 1);
		assertThat(ended.get("FIRST_RESPONSE " + sardor)).containsExactly(0, 1);
		assertThat(ended.get("RESOLUTION " + sardor)).containsExactly(1, 0);
		assertThat(this.clocks.endedSince(this.clock.instant().plusSeconds(1))).as("nothing ended later").isEmpty();
	}

	private SlaClock clockOf(TicketId ticket, SlaTarget target) {
		return this.clocks.findByTicketId(ticket.value())
			.stream()
			.filter(c -> c.target() == target)
			.findFirst()
			.orElseThrow();
	}

	private Map<SlaTarget, SlaClockView> byTarget(TicketId ticket) {
		Map<SlaTarget, SlaClockView> map = new java.util.EnumMap<>(SlaTarget.class);
		this.queries.of(List.of(ticket)).getOrDefault(ticket, List.of()).forEach(v -> map.put(v.target(), v));
		return map;
	}

	private static TicketId newTicket() {
		return new TicketId(UUID.randomUUID());
	}

	/**
	 * Publishes a change as the desk does: inside the transaction that saves the ticket.
	 */
	private void change(TicketId ticket, Change change, TicketStatus status, TicketCategory category) {
		change(ticket, change, status, category, TicketPriority.NORMAL, null);
	}

	private void change(TicketId ticket, Change change, TicketStatus status, UUID assignee) {
		change(ticket, change, status, TicketCategory.GENERAL_QUESTION, TicketPriority.NORMAL, assignee);
	}

	private void change(TicketId ticket, Change change, TicketStatus status, TicketCategory category,
			TicketPriority priority) {
		change(ticket, change, status, category, priority, null);
	}

	private void change(TicketId ticket, Change change, TicketStatus status, TicketCategory category,
			TicketPriority priority, UUID assignee) {
		TicketChanged event = new TicketChanged(ticket, 1000 + (ticket.value().hashCode() & 0xffff), UUID.randomUUID(),
				Participant.customer("c-" + ticket.value()), TicketLine.CUSTOMERS_PARTNERS, status, priority, category,
				"Qayerda?", (assignee != null) ? assignee.toString() : null, change, this.clock.instant(),
				this.clock.instant(), "uz", EscalationLevel.FIRST_LINE, 0);
		this.transactions.executeWithoutResult(tx -> this.events.publishEvent(event));
	}

	private TicketSummary summary(TicketId id) {
		Instant now = this.clock.instant();
		return new TicketSummary(id, 1000, UUID.randomUUID(), "c-1", io.yordam.access.PlatformRole.CUSTOMER, "Ali",
				TicketLine.CUSTOMERS_PARTNERS, TicketStatus.OPEN, TicketPriority.NORMAL,
				TicketCategory.GENERAL_QUESTION, Set.of(), this.assignees.get(id), null, null, "Qayerda?", now, now,
				this.firstResponses.get(id), null, "uz", EscalationLevel.FIRST_LINE, 0);
	}

}
