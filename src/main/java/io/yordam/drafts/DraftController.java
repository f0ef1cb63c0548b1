package io.yordam.drafts;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.yordam.access.OperatorPrincipal;
import io.yordam.common.NotFoundException;
import io.yordam.tickets.TicketId;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in operator's draft on a ticket, for the ticket view (session and CSRF like
 * the rest of the workspace). There is no operator in the path: the draft read or written
 * is always the caller's own, so another operator's is "nothing" (204) like a missing
 * one.
 */
@RestController
@RequestMapping("/agent/tickets/{id}/draft")
class DraftController {

	private final Drafts drafts;

	DraftController(Drafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping
	@Operation(summary = "My draft of a reply on the ticket (204 when I have none; 404: no such ticket)")
	ResponseEntity<DraftView> get(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id) {
		// Most tickets have no draft: "nothing" is an answer, not an error in the
		// console.
		return this.drafts.mine(me, ticket(id))
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping
	@Operation(summary = "Keep my draft of a reply on the ticket",
			description = "At most 4000 characters; an empty text deletes the draft (204).")
	ResponseEntity<DraftView> put(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestBody DraftRequest request) {
		return this.drafts.save(me, ticket(id), request.text())
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@DeleteMapping
	ResponseEntity<Void> delete(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id) {
		this.drafts.clear(me, ticket(id));
		return ResponseEntity.noContent().build();
	}

	record DraftRequest(String text) {
	}

	private static TicketId ticket(String value) {
		try {
			return new TicketId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("ticket");
		}
	}

}
