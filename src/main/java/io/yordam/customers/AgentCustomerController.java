package io.yordam.customers;

import io.swagger.v3.oas.annotations.Operation;
import io.yordam.access.Participant;
import io.yordam.common.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer-360 for integrations (and for measuring how soon it follows the platform).
 */
@RestController
class AgentCustomerController {

	private final Customers customers;

	AgentCustomerController(Customers customers) {
		this.customers = customers;
	}

	@GetMapping("/api/v1/agent/customers/{customerId}")
	@Operation(summary = "A customer's profile, recent orders and previous tickets")
	Customer360 get(@PathVariable String customerId) {
		Customer360 view = this.customers.view(Participant.customer(customerId));
		if (view.profile() == null && view.recentOrders().isEmpty()) {
			throw new NotFoundException("customer");
		}
		return view;
	}

}
