package io.yordam.incidents;

import java.time.Instant;
import java.util.List;

import io.yordam.orders.OrderView;

/**
 * The policy for one incident type: checks the facts against the order and computes the
 * options the customer is offered. Pure: no storage, no clock of its own.
 */
interface Playbook {

	IncidentType type();

	/**
	 * @throws io.yordam.common.InvalidInputException naming the fact that is missing or
	 * wrong, or {@link io.yordam.common.RuleViolationException} when the order does not
	 * qualify (not late, already delivered)
	 */
	List<Offer> offer(IncidentFacts facts, OrderView order, Instant now, PlaybookSettings settings);

}
