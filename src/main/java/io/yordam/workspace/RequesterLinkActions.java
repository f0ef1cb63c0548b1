package io.yordam.workspace;

import io.yordam.access.OperatorPrincipal;
import io.yordam.tickets.RequesterLinks;
import io.yordam.tickets.TicketDesk;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Link to a platform customer" on the ticket view of a channel's contact: find the
 * customer by phone, order number or id, then link.
 */
@Controller
class RequesterLinkActions {

	private final RequesterLinks links;

	private final TicketDesk desk;

	// The bot or routing may update the ticket at the same moment: linked again on the
	// fresh ticket rather than failed.
	private final io.yordam.common.ConflictRetry retry;

	RequesterLinkActions(RequesterLinks links, TicketDesk desk, io.yordam.common.ConflictRetry retry) {
		this.retry = retry;
		this.links = links;
		this.desk = desk;
	}

	@GetMapping("/agent/tickets/{id}/requester-matches")
	String matches(@PathVariable String id, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("ticket", this.desk.get(TicketPage.ticketId(id)));
		model.addAttribute("matches", this.links.find(q));
		return "agent/ticket :: requester-matches";
	}

	/** Linked: the whole view follows (the customer-360 is the customer's now). */
	@PostMapping("/agent/tickets/{id}/requester")
	ResponseEntity<Void> link(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(required = false) String customerId) {
		this.retry.again(() -> this.links.link(TicketPage.ticketId(id), customerId, me));
		return ResponseEntity.noContent().header("HX-Refresh", "true").build();
	}

}
