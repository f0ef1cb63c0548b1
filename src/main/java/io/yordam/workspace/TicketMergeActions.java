package io.yordam.workspace;

import io.yordam.access.OperatorPrincipal;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketMerges;
import io.yordam.tickets.TicketRef;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Merge into…" on the ticket view, and the merged tickets' messages it reloads when the
 * ticket changes (a customer writing in a merged conversation).
 */
@Controller
class TicketMergeActions {

	private final TicketMerges merges;

	private final TicketDesk desk;

	private final OneHistory threads;

	TicketMergeActions(TicketMerges merges, TicketDesk desk, OneHistory threads) {
		this.merges = merges;
		this.desk = desk;
		this.threads = threads;
	}

	/**
	 * Merged: the agent goes on in the ticket it went into, which shows this one's
	 * messages.
	 */
	@PostMapping("/agent/tickets/{id}/merge")
	ResponseEntity<Void> merge(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(required = false) Long into) {
		TicketRef target = this.merges.merge(TicketPage.ticketId(id), into, me);
		return ResponseEntity.noContent().header("HX-Redirect", "/agent/tickets/" + target.id()).build();
	}

	@GetMapping("/agent/tickets/{id}/merged")
	String merged(@PathVariable String id, Model model) {
		model.addAttribute("ticket", this.desk.get(TicketPage.ticketId(id)));
		this.threads.fill(TicketPage.ticketId(id), model);
		return "agent/ticket :: merged";
	}

}
