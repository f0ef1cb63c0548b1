package io.yordam.board;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.yordam.access.OperatorId;
import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The board's page (rendered with the snapshot of the moment, then kept live by
 * {@code board.js} over STOMP), its API, and the supervisor's reassignment from it.
 */
@Controller
class BoardPage {

	private final Board board;

	private final TicketDesk desk;

	BoardPage(Board board, TicketDesk desk) {
		this.board = board;
		this.desk = desk;
	}

	@GetMapping("/agent/board")
	String page(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		me.require(StaffAction.SEE_BOARD);
		model.addAttribute("board", this.board.now());
		return "agent/board";
	}

	@GetMapping(path = "/api/v1/agent/board", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "The supervisor's board now: per line, per agent, and the tickets most at risk")
	BoardSnapshot api(@AuthenticationPrincipal OperatorPrincipal me) {
		me.require(StaffAction.SEE_BOARD);
		return this.board.now();
	}

	/** A supervisor hands an at-risk ticket to another agent, from the board. */
	@PostMapping("/agent/board/tickets/{id}/assignee")
	String reassign(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(name = "assigneeId", required = false) String assigneeId) {
		me.require(StaffAction.ASSIGN_TO_OTHERS);
		this.desk.assign(new TicketId(uuid(id, null)), me, new OperatorId(uuid(assigneeId, "assigneeId")));
		return "redirect:/agent/board";
	}

	private static UUID uuid(String value, String field) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			if (field == null) {
				throw new NotFoundException("ticket");
			}
			throw new InvalidInputException(field, "operator", "No such operator");
		}
	}

}
