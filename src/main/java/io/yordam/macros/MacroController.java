package io.yordam.macros;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.yordam.access.OperatorPrincipal;
import io.yordam.common.NotFoundException;
import io.yordam.tickets.TicketId;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Macros in the agent API: everyone reads the shared ones and their own; an admin edits
 * the shared ones, each operator their own.
 */
@RestController
@RequestMapping("/api/v1/agent/macros")
class MacroController {

	private final Macros macros;

	private final MacroReplies replies;

	MacroController(Macros macros, MacroReplies replies) {
		this.macros = macros;
		this.replies = replies;
	}

	@GetMapping
	@Operation(summary = "The macros the caller may use, most used first, searched by title and body",
			description = "scope: all, shared, mine; locale (ru, uz, en; default the caller's) picks the texts searched.")
	PageOf list(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String locale,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Page<MacroView> found = this.macros.search(me, q, (locale != null) ? locale : me.locale(),
				Macros.Scope.parse(scope), page, size);
		return new PageOf(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
	}

	@GetMapping("/{id}")
	MacroView get(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id) {
		return this.macros.get(uuid(id), me);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a macro: shared (admins) or personal",
			description = "Texts in ru, uz and en are all required; variables: {name} {order} {eta} {restaurant} {courier} {amount} {agent}.")
	MacroView create(@AuthenticationPrincipal OperatorPrincipal me, @RequestBody MacroDraft draft) {
		return this.macros.create(draft, me);
	}

	@PutMapping("/{id}")
	MacroView update(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestBody MacroDraft draft) {
		return this.macros.update(uuid(id), draft, me);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id) {
		this.macros.delete(uuid(id), me);
	}

	@GetMapping("/{id}/preview")
	@Operation(summary = "The macro's text for a ticket: its customer's language, variables filled from the live order",
			description = "Variables without a value stay in the text as written and are listed in missing.")
	MacroReplies.Preview preview(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam String ticketId) {
		return this.replies.preview(ticket(ticketId), uuid(id), me);
	}

	@PostMapping("/{id}/uses")
	@Operation(summary = "Record that the macro went into a reply on a ticket",
			description = "Counted once per useKey (the reply's client message id); the first time also marks its standard step and runs its actions.")
	MacroReplies.Use use(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestBody UseRequest request) {
		return this.replies.use(ticket(request.ticketId()), uuid(id), request.useKey(), me);
	}

	@GetMapping("/steps")
	@Operation(summary = "The standard steps done on a ticket (greeting, apology, waiting, closing)")
	List<MacroReplies.StepDone> steps(@RequestParam String ticketId) {
		return this.replies.steps(ticket(ticketId));
	}

	record UseRequest(String ticketId, String useKey) {
	}

	record PageOf(List<MacroView> items, int page, int size, long total) {
	}

	static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new NotFoundException("macro");
		}
	}

	static TicketId ticket(String value) {
		try {
			return new TicketId(UUID.fromString(value));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new NotFoundException("ticket");
		}
	}

}
