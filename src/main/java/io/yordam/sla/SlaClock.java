package io.yordam.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One of a ticket's clocks against a target. Its verbs follow the ticket: start (a new
 * run, a fresh budget), pause (what is left is kept), resume (due again on the calendar),
 * stop. Every start and resume is a new timer generation ({@code run}), so a timer of an
 * earlier one finds nothing to do.
 * <p>
 * Written with dynamic updates: a ticket change writes only the columns it changed, so it
 * never overwrites the {@code warned_at} or {@code breached_at} a timer just set on the
 * same row (the timer's conditional update is what makes a breach happen once).
 */
@Entity
@Table(name = "sla_clocks")
@DynamicUpdate
class SlaClock {

	@Id
	private UUID id;

	private UUID ticketId;

	private long ticketNumber;

	@Enumerated(EnumType.STRING)
	private TicketLine line;

	@Enumerated(EnumType.STRING)
	private SlaTarget target;

	private String policy;

	private long budgetSeconds;

	@Enumerated(EnumType.STRING)
	private State state;

	private int run;

	private Instant startedAt;

	private Instant dueAt;

	private Instant amberAt;

	private Instant redAt;

	private Long remainingSeconds;

	private Instant pausedAt;

	private long pausedSeconds;

	private Instant warnedAt;

	private Instant breachedAt;

	private Instant stoppedAt;

	/**
	 * Whose the run was when it ended: the assignee when it stopped, or when its breach
	 * was recorded (a breach keeps the owner it had then). Null while it runs.
	 */
	private UUID ownerId;

	protected SlaClock() {
	}

	static SlaClock start(TicketId ticket, long number, TicketLine line, SlaTarget target, SlaPolicy policy,
			SlaCalendar calendar, Instant now) {
		SlaClock clock = new SlaClock();
		clock.id = UUID.randomUUID();
		clock.ticketId = ticket.value();
		clock.ticketNumber = number;
		clock.line = line;
		clock.target = target;
		clock.restart(policy, calendar, now);
		return clock;
	}

	/**
	 * A new run against the target: a new customer message waiting, a reopened ticket.
	 */
	void restart(SlaPolicy policy, SlaCalendar calendar, Instant now) {
		this.policy = policy.name();
		this.budgetSeconds = policy.target(this.target).toSeconds();
		this.startedAt = now;
		this.pausedSeconds = 0;
		this.pausedAt = null;
		this.warnedAt = null;
		this.breachedAt = null;
		this.stoppedAt = null;
		this.ownerId = null;
		schedule(Duration.ofSeconds(this.budgetSeconds), calendar, now);
	}

	/**
	 * The ticket now falls under another target (its priority or category changed): the
	 * time already spent stays spent, the budget becomes the new one, so the due instant
	 * moves by the difference. A breach already recorded stands, and so does a stopped
	 * clock.
	 * @return whether the budget changed
	 */
	boolean retarget(SlaPolicy policy, SlaCalendar calendar, Instant now) {
		long budget = policy.target(this.target).toSeconds();
		if (this.state == State.STOPPED || this.breachedAt != null
				|| (budget == this.budgetSeconds && policy.name().equals(this.policy))) {
			return false;
		}
		long more = budget - this.budgetSeconds;
		this.policy = policy.name();
		this.budgetSeconds = budget;
		if (this.state == State.PAUSED) {
			this.remainingSeconds = Math.max(0, this.remainingSeconds + more);
		}
		else {
			schedule(atLeastZero(calendar.between(now, this.dueAt).plusSeconds(more)), calendar, now);
		}
		return true;
	}

	void pause(SlaCalendar calendar, Instant now) {
		if (this.state != State.RUNNING) {
			return;
		}
		this.remainingSeconds = calendar.between(now, this.dueAt).toSeconds();
		this.state = State.PAUSED;
		this.pausedAt = now;
		this.dueAt = null;
		this.amberAt = null;
		this.redAt = null;
	}

	void resume(SlaCalendar calendar, Instant now) {
		if (this.state != State.PAUSED) {
			return;
		}
		this.pausedSeconds += Duration.between(this.pausedAt, now).toSeconds();
		this.pausedAt = null;
		schedule(Duration.ofSeconds(this.remainingSeconds), calendar, now);
	}

	/**
	 * @param owner the ticket's assignee now (null: nobody). A breached run keeps the
	 * owner it had when it broke: the miss was theirs, not the colleague's who finished.
	 */
	void stop(Instant now, UUID owner) {
		if (this.state != State.STOPPED) {
			this.state = State.STOPPED;
			this.stoppedAt = now;
			this.pausedAt = null;
			if (this.breachedAt == null) {
				this.ownerId = owner;
			}
		}
	}

	private void schedule(Duration remaining, SlaCalendar calendar, Instant now) {
		Duration budget = Duration.ofSeconds(this.budgetSeconds);
		this.state = State.RUNNING;
		this.run++;
		this.remainingSeconds = null;
		this.dueAt = calendar.plus(now, remaining);
		this.amberAt = calendar.plus(now, atLeastZero(remaining.minus(budget.dividedBy(4))));
		this.redAt = calendar.plus(now, atLeastZero(remaining.minus(budget.dividedBy(10))));
	}

	private static Duration atLeastZero(Duration duration) {
		return duration.isNegative() ? Duration.ZERO : duration;
	}

	SlaStage stage(Instant now) {
		if (this.breachedAt != null) {
			return SlaStage.BREACHED;
		}
		return switch (this.state) {
			case RUNNING -> !now.isBefore(this.dueAt) ? SlaStage.BREACHED : !now.isBefore(this.redAt) ? SlaStage.RED
					: !now.isBefore(this.amberAt) ? SlaStage.AMBER : SlaStage.GREEN;
			case PAUSED -> (this.remainingSeconds * 10 <= this.budgetSeconds) ? SlaStage.RED
					: (this.remainingSeconds * 4 <= this.budgetSeconds) ? SlaStage.AMBER : SlaStage.GREEN;
			case STOPPED -> SlaStage.GREEN;
		};
	}

	SlaClockView view(Instant now) {
		return new SlaClockView(new TicketId(this.ticketId), this.ticketNumber, this.line, this.target, this.policy,
				Duration.ofSeconds(this.budgetSeconds), this.state == State.PAUSED, this.dueAt, this.amberAt,
				this.redAt, (this.remainingSeconds != null) ? Duration.ofSeconds(this.remainingSeconds) : null,
				stage(now));
	}

	UUID id() {
		return this.id;
	}

	TicketId ticketId() {
		return new TicketId(this.ticketId);
	}

	long ticketNumber() {
		return this.ticketNumber;
	}

	SlaTarget target() {
		return this.target;
	}

	State state() {
		return this.state;
	}

	int run() {
		return this.run;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	Instant amberAt() {
		return this.amberAt;
	}

	Instant redAt() {
		return this.redAt;
	}

	UUID ownerId() {
		return this.ownerId;
	}

	boolean running() {
		return this.state == State.RUNNING;
	}

	enum State {

		RUNNING, PAUSED, STOPPED

	}

}
