package io.yordam.customers;

import java.util.List;
import java.util.Optional;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.notices.NoticeView;
import io.yordam.notices.Notices;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the customer-360. */
@Service
public class Customers {

	private final CustomerProfileRepository profiles;

	private final CustomerTicketRepository tickets;

	private final Orders orders;

	private final Notices notices;

	Customers(CustomerProfileRepository profiles, CustomerTicketRepository tickets, Orders orders, Notices notices) {
		this.profiles = profiles;
		this.tickets = tickets;
		this.orders = orders;
		this.notices = notices;
	}

	@Transactional(readOnly = true)
	public Optional<CustomerView> profile(Participant who) {
		return this.profiles.findById(CustomerProfile.key(who)).map(CustomerProfile::view);
	}

	/**
	 * A customer's, courier's or partner's 360, by role and id: the orders are a
	 * customer's only, never those of a customer who happens to share a courier's id.
	 */
	@Transactional(readOnly = true)
	public Customer360 view(Participant who) {
		CustomerView profile = profile(who).orElse(null);
		List<CustomerView.TicketLine> history = this.tickets
			.findByCustomerRoleAndCustomerIdOrderByCreatedAtDesc(who.role(), who.id(), Limit.of(20))
			.stream()
			.map(CustomerTicket::view)
			.toList();
		List<OrderView> orders = (who.role() == PlatformRole.CUSTOMER) ? this.orders.recentOf(who.id(), 10) : List.of();
		// What the customer was told, and what was held back and why: the agent sees
		// both.
		List<NoticeView> told = (who.role() == PlatformRole.CUSTOMER) ? this.notices.toldTo(who.id(), 10) : List.of();
		return new Customer360(profile, orders, history, told);
	}

}
