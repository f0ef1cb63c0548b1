package io.yordam.workspace;

import java.util.List;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.NotFoundException;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.incidents.Acting;
import io.yordam.incidents.Fault;
import io.yordam.incidents.IncidentDecisions;
import io.yordam.incidents.IncidentDesk;
import io.yordam.incidents.IncidentFacts;
import io.yordam.incidents.IncidentStatus;
import io.yordam.incidents.IncidentType;
import io.yordam.incidents.IncidentView;
import io.yordam.incidents.IncidentViews;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketSummary;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The incident panel of the ticket view, and the supervisors' approvals page. The
 * operator opens an incident with the facts (items picked from the order's own lines),
 * can choose an option for the customer, and records the fault once they are served.
 */
@Controller
class IncidentPanel {

	private final IncidentDesk desk;

	private final IncidentDecisions decisions;

	private final IncidentViews incidents;

	private final TicketDesk tickets;

	private final Orders orders;

	private final Conversations conversations;

	private final Approvals approvals;

	IncidentPanel(IncidentDesk desk, IncidentDecisions decisions, IncidentViews incidents, TicketDesk tickets,
			Orders orders, Conversations conversations) {
		this.approvals = new Approvals(incidents, orders);
		this.desk = desk;
		this.decisions = decisions;
		this.incidents = incidents;
		this.tickets = tickets;
		this.orders = orders;
		this.conversations = conversations;
	}

	@GetMapping("/agent/tickets/{id}/incident")
	String panel(@PathVariable String id, Model model) {
		return fill(TicketPage.ticketId(id), model);
	}

	@PostMapping("/agent/tickets/{id}/incidents")
	String open(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id, @RequestParam IncidentType type,
			@RequestParam(name = "items", required = false) List<String> items,
			@RequestParam(name = "receivedValue", required = false) Long receivedValue,
			@RequestParam(name = "problem", required = false) IncidentFacts.FoodProblem problem,
			@RequestParam(name = "photo", required = false) UUID photo,
			@RequestParam(name = "note", required = false) String note, Model model) {
		TicketId ticketId = TicketPage.ticketId(id);
		// Only the facts the type reads: a field hidden when the type changed is not
		// kept.
		var asks = type.facts();
		IncidentFacts facts = new IncidentFacts(asks.contains("items") ? items : null,
				asks.contains("photo") ? photo : null, asks.contains("receivedValue") ? receivedValue : null,
				asks.contains("problem") ? problem : null, note);
		this.desk.open(ticketId, type, null, facts, Acting.of(me));
		return fill(ticketId, model);
	}

	@PostMapping("/agent/incidents/{id}/choice")
	String choose(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id, @RequestParam String option,
			Model model) {
		IncidentView incident = this.decisions.choose(uuid(id), option, me.displayName());
		return fill(new TicketId(incident.ticketId()), model);
	}

	@PostMapping("/agent/incidents/{id}/fault")
	String fault(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id, @RequestParam Fault fault,
			@RequestParam(defaultValue = "") String note, Model model) {
		IncidentView incident = this.decisions.attributeFault(uuid(id), fault, note, Acting.of(me));
		return fill(new TicketId(incident.ticketId()), model);
	}

	@PostMapping("/agent/incidents/{id}/approval")
	String decide(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id, @RequestParam boolean approve,
			@RequestParam(defaultValue = "") String note, Model model) {
		if (approve) {
			this.decisions.approve(uuid(id), Acting.of(me), note);
		}
		else {
			this.decisions.refuse(uuid(id), Acting.of(me), note);
		}
		model.addAttribute("approvals", this.approvals.waiting(Acting.of(me)));
		return "agent/approvals :: list";
	}

	@GetMapping("/agent/approvals")
	String approvals(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		model.addAttribute("approvals", this.approvals.waiting(Acting.of(me)));
		return "agent/approvals";
	}

	private String fill(TicketId ticketId, Model model) {
		TicketSummary ticket = this.tickets.get(ticketId);
		List<IncidentView> all = this.incidents.ofTicket(ticketId);
		model.addAttribute("ticket", ticket);
		model.addAttribute("incidents", all);
		model
			.addAttribute("live",
					all.stream()
						.anyMatch(i -> i.status() == IncidentStatus.OFFERED
								|| i.status() == IncidentStatus.AWAITING_APPROVAL
								|| i.status() == IncidentStatus.IN_PROGRESS));
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("problems", IncidentFacts.FoodProblem.values());
		model.addAttribute("faults", Fault.values());
		// The images the customer sent: the agent picks the one that shows the damage.
		model.addAttribute("photos",
				this.conversations.messagesAfter(new ConversationId(ticket.conversationId()), 0, 500)
					.stream()
					.filter(m -> m.attachmentId() != null && m.authorKind() == AuthorKind.PARTICIPANT)
					.toList());
		OrderView order = (ticket.orderId() != null) ? this.orders.find(new OrderId(ticket.orderId())).orElse(null)
				: null;
		model.addAttribute("order", order);
		model.addAttribute("orders", IncidentOrders.of(all, order, this.orders));
		return "agent/incident :: panel";
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("incident");
		}
	}

}
