package io.yordam.sla;

import io.yordam.access.PlatformRole;
import io.yordam.customers.Customers;
import io.yordam.tickets.TicketChanged;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The policy and calendar a ticket's clocks start with. A VIP is what the bot calls one
 * ({@code BotLimits}): a customer whose customer-360 counts at least
 * {@code yordam.sla.vip-orders} orders (by default the bot's own threshold).
 */
@Component
class SlaPolicyFinder {

	private final SlaPolicyStore store;

	private final Customers customers;

	private final int vipOrders;

	SlaPolicyFinder(SlaPolicyStore store, Customers customers,
			@Value("${yordam.sla.vip-orders:${yordam.bot.vip-orders:100}}") int vipOrders) {
		this.store = store;
		this.customers = customers;
		this.vipOrders = vipOrders;
	}

	Applied forTicket(TicketChanged ticket) {
		SlaPolicies policies = this.store.inForce();
		TicketFacts facts = new TicketFacts(ticket.line(), SlaChannel.valueOf(ticket.channel().name()),
				ticket.category(), ticket.priority(), vip(ticket), ticket.language());
		SlaPolicy policy = (policies.match(facts) instanceof SlaPolicyMatching.Matched matched) ? matched.policy()
				: null;
		return new Applied(policy, policies.calendarOf(ticket.line()));
	}

	private boolean vip(TicketChanged ticket) {
		return ticket.requester().role() == PlatformRole.CUSTOMER && this.customers.profile(ticket.requester())
			.map(profile -> profile.ordersCount() >= this.vipOrders)
			.orElse(false);
	}

	/**
	 * @param policy null when no policy covers the ticket: no clock starts
	 */
	record Applied(SlaPolicy policy, SlaCalendar calendar) {
	}

}
