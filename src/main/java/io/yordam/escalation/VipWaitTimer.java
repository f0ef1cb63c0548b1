package io.yordam.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A VIP's wait, as a persisted timer per ticket and rule (db-scheduler): written in the
 * transaction that learnt the ticket is a VIP's, fired once across nodes and after
 * restarts, by the application's clock. When it fires, a VIP still without a person's
 * first answer is escalated.
 */
@Component
class VipWaitTimer {

	static final String NAME = "escalation-vip-wait";

	private final SchedulerClient scheduler;

	private final OneTimeTask<String> task;

	VipWaitTimer(@Lazy SchedulerClient scheduler, @Lazy OneTimeTask<String> vipWaitTask) {
		this.scheduler = scheduler;
		this.task = vipWaitTask;
	}

	/** Looks again when the VIP has waited the minutes, counted from {@code since}. */
	void start(TicketId ticket, Instant since, int minutes) {
		this.scheduler.scheduleIfNotExists(this.task.instance(ticket.value() + ":" + minutes, since.toString()),
				since.plus(Duration.ofMinutes(minutes)));
	}

	/** Still waiting: nobody has answered yet, and the ticket is in the queue. */
	static boolean stillWaiting(TicketSummary ticket) {
		return ticket.firstResponseAt() == null
				&& (ticket.status() == TicketStatus.NEW || ticket.status() == TicketStatus.OPEN);
	}

	@Configuration(proxyBeanMethods = false)
	static class TaskConfiguration {

		@Bean
		OneTimeTask<String> vipWaitTask(@Lazy Escalations escalations, @Lazy EscalationRuleStore rules,
				@Lazy TicketDesk desk, Clock clock) {
			return Tasks.oneTime(NAME, String.class).execute((instance, context) -> {
				TicketId id = new TicketId(UUID.fromString(instance.getId().substring(0, 36)));
				TicketSummary ticket = desk.get(id);
				long waited = Duration.between(Instant.parse(instance.getData()), clock.instant()).toMinutes();
				escalations.byRule(id, EscalationPolicies.onVipWaited(rules.current().rules(), ticket.tags(),
						stillWaiting(ticket), waited));
			});
		}

	}

}
