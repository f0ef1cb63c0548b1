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
import org.springframework.web.bind.annotation.RestController;

/** The agent API's door to merging a requester's tickets (issue 15 §4). */
@RestController
@Tag(name = "Agent", description = "Tickets for operators and integrations")
class TicketMergeController {

	private final TicketMerges merges;

	TicketMergeController(TicketMerges merges) {
		this.merges = merges;
	}

	@GetMapping("/api/v1/agent/tickets/{id}/merge-candidates")
	@Operation(summary = "The requester's other open tickets this one may be merged into")
	List<TicketRef> candidates(@PathVariable String id) {
		return this.merges.candidates(AgentTicketController.ticketId(id));
	}

	@PostMapping("/api/v1/agent/tickets/{id}/merge")
	@Operation(summary = "Merge this ticket into another open ticket of the same requester, by its number",
			description = "The ticket is closed naming the target; its messages are read from the target.")
	TicketRef merge(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@RequestBody MergeRequest request) {
		return this.merges.merge(AgentTicketController.ticketId(id), request.into(), operator);
	}

	@GetMapping("/api/v1/agent/tickets/{id}/merges")
	@Operation(summary = "Where the ticket was merged, and which tickets were merged into it")
	MergesResponse history(@PathVariable String id) {
		MergeHistory history = this.merges.history(AgentTicketController.ticketId(id));
		return new MergesResponse(history.into().orElse(null),
				history.from().stream().map(MergeHistory.Merged::ticket).toList());
	}

	/** Into the ticket with this number (1042 for #1042). */
	record MergeRequest(Long into) {
	}

	record MergesResponse(TicketRef into, List<TicketRef> from) {
	}

}
