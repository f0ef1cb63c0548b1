package io.yordam.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketStatus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a ticket's clocks with the ticket, synchronously, inside the transaction that
 * saves the change: the clocks and their timers are written exactly when the change is.
 * <ul>
 * <li>With the bot nothing runs; a hand-off (or a person taking the ticket) starts the
 * first response and the resolution.</li>
 * <li>The agent's reply stops the first and the next response; each customer message
 * while support owes no answer starts the next response again.</li>
 * <li>A new priority, category or language can put the ticket under another policy: its
 * clocks keep the time spent and take the new budget.</li>
 * <li>Waiting for the customer pauses the resolution (and a first response nobody gave
 * yet: the agent marked it pending without answering); waiting for the platform (on hold)
 * pauses every clock; support's turn again resumes them; solved or closed stops them
 * all.</li>
 * </ul>
 */
@Component
class SlaClockKeeper {

	/** The changes that can put a ticket under another policy. */
	private static final Set<TicketChanged.Change> RETARGETING = EnumSet.of(TicketChanged.Change.PRIORITY,
			TicketChanged.Change.CATEGORY, TicketChanged.Change.LANGUAGE);

	private final SlaClockRepository clocks;

	private final SlaTimers timers;

	private final TicketDesk desk;

	private final SlaPolicyFinder policies;

	private final Clock clock;

	SlaClockKeeper(SlaClockRepository clocks, SlaTimers timers, TicketDesk desk, SlaPolicyFinder policies,
			Clock clock) {
		this.clocks = clocks;
		this.timers = timers;
		this.desk = desk;
		this.policies = policies;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(TicketChanged event) {
		if (event.change() == TicketChanged.Change.SLA_BREACHED || event.status() == TicketStatus.BOT) {
			return;
		}
		// Milliseconds: what both databases store exactly.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Map<SlaTarget, SlaClock> current = new EnumMap<>(SlaTarget.class);
		this.clocks.findByTicketId(event.ticketId().value()).forEach(c -> current.put(c.target(), c));
		Moves moves = new Moves(event, current, now);
		if (RETARGETING.contains(event.change())) {
			current.values().forEach(moves::retarget);
		}
		switch (event.status()) {
			case NEW, OPEN -> moves.supportsTurn();
			case PENDING_CUSTOMER -> moves.customersTurn();
			case ON_HOLD -> moves.platformsTurn();
			case SOLVED, CLOSED -> current.values().forEach(c -> moves.stop(c));
			default -> {
			}
		}
		Instant nearest = current.values()
			.stream()
			.filter(SlaClock::running)
			.map(SlaClock::dueAt)
			.min(Comparator.naturalOrder())
			.orElse(null);
		if (moves.changed) {
			this.desk.slaDue(event.ticketId(), nearest);
		}
	}

	/** The moves of one change, with the timers they need. */
	private final class Moves {

		private final TicketChanged event;

		private final Map<SlaTarget, SlaClock> current;

		private final Instant now;

		private SlaPolicyFinder.Applied applied;

		private Boolean answered;

		private boolean changed;

		Moves(TicketChanged event, Map<SlaTarget, SlaClock> current, Instant now) {
			this.event = event;
			this.current = current;
			this.now = now;
		}

		void supportsTurn() {
			SlaClock first = this.current.get(SlaTarget.FIRST_RESPONSE);
			if (first == null && !answered()) {
				start(SlaTarget.FIRST_RESPONSE);
			}
			else if (first != null) {
				resume(first);
			}
			SlaClock resolution = this.current.get(SlaTarget.RESOLUTION);
			if (resolution == null) {
				start(SlaTarget.RESOLUTION);
			}
			else if (resolution.state() == SlaClock.State.STOPPED) {
				restart(resolution);
			}
			else {
				resume(resolution);
			}
			SlaClock next = this.current.get(SlaTarget.NEXT_RESPONSE);
			boolean firstGiven = first != null && first.state() == SlaClock.State.STOPPED;
			if (next != null && next.state() == SlaClock.State.PAUSED) {
				resume(next);
			}
			else if (firstGiven && customerWrote() && (next == null || next.state() == SlaClock.State.STOPPED)) {
				if (next == null) {
					start(SlaTarget.NEXT_RESPONSE);
				}
				else {
					restart(next);
				}
			}
			if (this.event.change() == TicketChanged.Change.REPLIED) {
				replied();
			}
		}

		void customersTurn() {
			replied();
			SlaClock first = this.current.get(SlaTarget.FIRST_RESPONSE);
			if (first != null && first.running()) {
				pause(first);
			}
			SlaClock resolution = this.current.get(SlaTarget.RESOLUTION);
			if (resolution != null) {
				pause(resolution);
			}
		}

		void platformsTurn() {
			if (this.event.change() == TicketChanged.Change.REPLIED) {
				replied();
			}
			this.current.values().forEach(this::pause);
		}

		/** The agent answered: what support owed is given. */
		private void replied() {
			SlaClock first = this.current.get(SlaTarget.FIRST_RESPONSE);
			if (first != null && first.state() != SlaClock.State.STOPPED && answered()) {
				stop(first);
			}
			SlaClock next = this.current.get(SlaTarget.NEXT_RESPONSE);
			if (next != null) {
				stop(next);
			}
		}

		/**
		 * The customer's message is what changed: a new one while support had answered,
		 * or the one that reopened a pending or solved ticket.
		 */
		private boolean customerWrote() {
			return this.event.change() == TicketChanged.Change.CUSTOMER_MESSAGE
					|| (this.event.change() == TicketChanged.Change.STATUS && this.event.status() == TicketStatus.OPEN);
		}

		/** Whether an agent has answered the ticket (its first response is recorded). */
		private boolean answered() {
			if (this.answered == null) {
				this.answered = SlaClockKeeper.this.desk.get(this.event.ticketId()).firstResponseAt() != null;
			}
			return this.answered;
		}

		private SlaPolicyFinder.Applied applied() {
			if (this.applied == null) {
				this.applied = SlaClockKeeper.this.policies.forTicket(this.event);
			}
			return this.applied;
		}

		private void start(SlaTarget target) {
			SlaPolicyFinder.Applied policy = applied();
			if (policy.policy() == null) {
				return;
			}
			SlaClock clock = SlaClock.start(this.event.ticketId(), this.event.number(), this.event.line(), target,
					policy.policy(), policy.calendar(), this.now);
			SlaClockKeeper.this.clocks.save(clock);
			this.current.put(target, clock);
			SlaClockKeeper.this.timers.schedule(clock);
			this.changed = true;
		}

		/** The ticket may fall under another policy now: the budget follows it. */
		void retarget(SlaClock clock) {
			SlaPolicyFinder.Applied policy = applied();
			if (policy.policy() == null) {
				return;
			}
			boolean running = clock.running();
			int before = clock.run();
			if (clock.retarget(policy.policy(), policy.calendar(), this.now)) {
				if (running) {
					SlaClockKeeper.this.timers.cancel(clock.id(), before);
					SlaClockKeeper.this.timers.schedule(clock);
				}
				this.changed = true;
			}
		}

		private void restart(SlaClock clock) {
			SlaPolicyFinder.Applied policy = applied();
			if (policy.policy() == null) {
				return;
			}
			int before = clock.run();
			clock.restart(policy.policy(), policy.calendar(), this.now);
			rescheduled(clock, before);
		}

		private void resume(SlaClock clock) {
			int before = clock.run();
			clock.resume(applied().calendar(), this.now);
			rescheduled(clock, before);
		}

		private void pause(SlaClock clock) {
			if (clock.running()) {
				int run = clock.run();
				clock.pause(applied().calendar(), this.now);
				SlaClockKeeper.this.timers.cancel(clock.id(), run);
				this.changed = true;
			}
		}

		void stop(SlaClock clock) {
			if (clock.state() != SlaClock.State.STOPPED) {
				boolean wasRunning = clock.running();
				int run = clock.run();
				clock.stop(this.now, assignee());
				if (wasRunning) {
					SlaClockKeeper.this.timers.cancel(clock.id(), run);
				}
				this.changed = true;
			}
		}

		/** Who has the ticket as it changes: whose the stopped runs were. */
		private UUID assignee() {
			String id = this.event.assigneeId();
			return (id != null) ? UUID.fromString(id) : null;
		}

		private void rescheduled(SlaClock clock, int before) {
			if (!Objects.equals(before, clock.run())) {
				SlaClockKeeper.this.timers.schedule(clock);
				this.changed = true;
			}
		}

	}

}
