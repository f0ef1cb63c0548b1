package io.yordam.tickets;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.yordam.access.OperatorPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agent API's door to linking a channel's contact to a platform customer. */
@RestController
@Tag(name = "Agent", description = "Tickets for operators and integrations")
class RequesterLinkController {

	private final RequesterLinks links;

	private final TicketDesk desk;

	// The bot or routing may update the ticket at the same moment: linked again on the
	// fresh ticket rather than failed.
	private final io.yordam.common.ConflictRetry retry;

	RequesterLinkController(RequesterLinks links, TicketDesk desk, io.yordam.common.ConflictRetry retry) {
		this.retry = retry;
		this.links = links;
		this.desk = desk;
	}

	@GetMapping("/api/v1/agent/tickets/{id}/requester-matches")
	@Operation(summary = "Platform customers by phone, order number or customer id, to link the requester to")
	List<CustomerMatch> matches(@PathVariable String id, @RequestParam(name = "q", required = false) String q) {
		this.desk.get(AgentTicketController.ticketId(id));
		return this.links.find(q);
	}

	@PostMapping("/api/v1/agent/tickets/{id}/requester")
	@Operation(summary = "Link the requester, a channel's contact (mail-…, tg-…), to a platform customer",
			description = "The contact's next messages are the customer's; this ticket becomes theirs.")
	TicketSummary link(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@RequestBody LinkRequest request) {
		return this.retry
			.again(() -> this.links.link(AgentTicketController.ticketId(id), request.customerId(), operator));
	}

	record LinkRequest(String customerId) {
	}

}
