package io.yordam.customers;

import java.util.List;
import java.util.Optional;

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

	Customers(CustomerProfileRepository profiles, CustomerTicketRepository tickets, Orders orders) {
		this.profiles = profiles;
		this.tickets = tickets;
		this.orders = orders;
	}

	@Transactional(readOnly = true)
	public Optional<CustomerView> profile(String customerId) {
		return this.profiles.findById(customerId).map(CustomerProfile::view);
	}

	@Transactional(readOnly = true)
	public Customer360 view(String customerId) {
		CustomerView profile = profile(customerId).orElse(null);
		List<CustomerView.TicketLine> history = this.tickets
			.findByCustomerIdOrderByCreatedAtDesc(customerId, Limit.of(20))
			.stream()
			.map(CustomerTicket::view)
			.toList();
		return new Customer360(profile, this.orders.recentOf(customerId, 10), history);
	}

}
