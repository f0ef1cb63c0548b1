package io.yordam.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import io.yordam.common.ConflictRetry;
import io.yordam.tickets.TicketDesk;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What a timer does when it fires, on whichever node picked it: claim the warning or the
 * breach with a conditional update of the clock row (the run must still be current, the
 * clock running, nothing claimed yet), and only then record and publish, in the same
 * transaction. Two nodes, or a node that fires again after a crash, claim it once.
 */
@Component
class SlaTimerFiring {

	private final SlaClockRepository clocks;

	private final TicketDesk desk;

	private final ApplicationEventPublisher events;

	private final ConflictRetry retry;

	private final Clock clock;

	SlaTimerFiring(SlaClockRepository clocks, TicketDesk desk, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.clocks = clocks;
		this.desk = desk;
		this.events = events;
		this.retry = new ConflictRetry(transactions);
		this.clock = clock;
	}

	/**
	 * At 75%: the warning, claimed once. At 90% (the same timer, rescheduled): only a
	 * word to the pages that the clock turned red.
	 * @return when to fire again (the red instant), or null when done
	 */
	Instant warn(UUID clockId, int run) {
		return this.retry.call(() -> {
			// Milliseconds: what both databases store exactly.
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			if (this.clocks.claimWarning(clockId, run, now) == 1) {
				SlaClock c = this.clocks.findById(clockId).orElseThrow();
				this.events.publishEvent(new SlaWarned(c.ticketId(), c.ticketNumber(), c.target(), c.dueAt(), now));
				return c.redAt().isAfter(now) ? c.redAt() : null;
			}
			SlaClock c = this.clocks.findById(clockId).orElse(null);
			if (c != null && c.run() == run && c.running() && !now.isBefore(c.redAt())) {
				this.events.publishEvent(new SlaLive.TurnedRed(c.ticketId()));
			}
			return null;
		});
	}

	/**
	 * The ticket's row is locked first, as every ticket change does, and the clock's
	 * second: a reply at the same moment waits its turn instead of deadlocking.
	 */
	void breach(UUID clockId, int run) {
		this.retry.run(() -> {
			SlaClock found = this.clocks.findById(clockId).orElse(null);
			if (found == null || found.run() != run || !found.running()) {
				return;
			}
			// Milliseconds: what both databases store exactly.
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			String target = found.target().name().toLowerCase(Locale.ROOT).replace('_', '-');
			// The owner is the assignee the desk read under the ticket's row lock: an
			// assignment committed a moment earlier is the one the breach is charged to.
			boolean claimed = this.desk.recordSlaBreach(found.ticketId(), target,
					owner -> this.clocks.claimBreach(clockId, run, now, owner) == 1);
			if (claimed) {
				this.events.publishEvent(
						new SlaBreached(found.ticketId(), found.ticketNumber(), found.target(), found.dueAt(), now));
			}
		});
	}

}
