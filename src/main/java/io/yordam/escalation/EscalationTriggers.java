package io.yordam.escalation;

import io.yordam.sla.SlaBreached;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears what may escalate a ticket: a breached service level, a ticket reopened again, an
 * angry customer's or a VIP's tag (left by the bot's hand-off, or by an agent). Each is a
 * recorded event, redelivered after a failure: {@link Escalations} makes that harmless.
 * The method names are stored identifiers of the event publication registry.
 */
@Component
class EscalationTriggers {

	private final EscalationRuleStore rules;

	private final Escalations escalations;

	private final TicketDesk desk;

	private final VipWaitTimer vipTimer;

	EscalationTriggers(EscalationRuleStore rules, Escalations escalations, TicketDesk desk, VipWaitTimer vipTimer) {
		this.rules = rules;
		this.escalations = escalations;
		this.desk = desk;
		this.vipTimer = vipTimer;
	}

	@ApplicationModuleListener
	void onSlaBreached(SlaBreached breach) {
		this.escalations.byRule(breach.ticketId(),
				EscalationPolicies.onSlaBreach(this.rules.current().rules(), breach.target()));
	}

	// Its own transaction per event: the condition (the checks below) spares it for the
	// changes that move nothing here, such as every customer message's touch.
	@ApplicationModuleListener(
			condition = "(#changed.change().name() == 'STATUS' and #changed.status().name() == 'OPEN' and #changed.reopenCount() > 0)"
					+ " or (#changed.change().name() == 'TAGS' and #changed.status().name() != 'CLOSED')")
	void onTicketChanged(TicketChanged changed) {
		if (changed.change() == TicketChanged.Change.STATUS && changed.status() == TicketStatus.OPEN
				&& changed.reopenCount() > 0) {
			this.escalations.byRule(changed.ticketId(),
					EscalationPolicies.onReopen(this.rules.current().rules(), changed.reopenCount()));
		}
		else if (changed.change() == TicketChanged.Change.TAGS && changed.status() != TicketStatus.CLOSED) {
			TicketSummary ticket = this.desk.get(changed.ticketId());
			EscalationRules current = this.rules.current().rules();
			this.escalations.byRule(ticket.id(), EscalationPolicies.onAnger(current, ticket.tags()));
			EscalationPolicies.vipWaitMinutes(current, ticket.tags())
				.forEach(minutes -> this.vipTimer.start(ticket.id(), changed.updatedAt(), minutes));
		}
	}

}
