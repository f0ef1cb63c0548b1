package io.yordam.tickets;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.yordam.common.ConflictRetry;
import io.yordam.access.OperatorId;
import io.yordam.access.OperatorPrincipal;
import io.yordam.common.NotFoundException;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;

import org.springframework.data.domain.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent API: what the workspace does, for other systems (personal API token or
 * session).
 */
@RestController
@Tag(name = "Agent", description = "Tickets for operators and integrations")
class AgentTicketController {

	private final TicketDesk desk;

	// An operator's change that met a background update of the same ticket (routing, the
	// SLA, an event) is applied again to the fresh ticket instead of failing.
	private final ConflictRetry retry;

	private final Conversations conversations;

	private final TicketSearch search;

	AgentTicketController(TicketDesk desk, Conversations conversations, TicketSearch search, ConflictRetry retry) {
		this.retry = retry;
		this.search = search;
		this.desk = desk;
		this.conversations = conversations;
	}

	@GetMapping("/api/v1/agent/tickets")
	@Operation(summary = "The queue: by default tickets waiting for support, most urgent and oldest first")
	PageResponse queue(@AuthenticationPrincipal OperatorPrincipal operator,
			@RequestParam(name = "status", required = false) List<TicketStatus> status,
			@RequestParam(name = "line", required = false) TicketLine line,
			@RequestParam(name = "channel", required = false) Channel channel,
			@RequestParam(name = "mine", defaultValue = "false") boolean mine,
			@RequestParam(name = "unassigned", defaultValue = "false") boolean unassigned,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(TicketDesk.MAX_PAGE) int page,
			@RequestParam(name = "size", defaultValue = "25") @Min(1) @Max(100) int size) {
		Set<TicketStatus> statuses = (status == null || status.isEmpty()) ? Set.of() : EnumSet.copyOf(status);
		Slice<TicketSummary> result = this.desk
			.queue(new TicketDesk.QueueFilter(statuses, line, channel, mine, unassigned), operator, page, size);
		return new PageResponse(result.getContent(), result.getNumber(), result.getSize(), result.hasNext());
	}

	@GetMapping("/api/v1/agent/search")
	@Operation(summary = "Search tickets: a number (#1042), an order or customer id, or any text of a subject, "
			+ "a customer's name or a message (Russian and English word forms, Uzbek in both scripts, typos)")
	List<TicketSearch.Hit> search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "limit", defaultValue = "20") int limit) {
		if (limit < 1 || limit > 50) {
			throw new io.yordam.common.InvalidInputException("limit", "range", "1 to 50");
		}
		return this.search.search(q, limit);
	}

	@GetMapping("/api/v1/agent/tickets/{id}")
	TicketSummary get(@PathVariable String id) {
		return this.desk.get(ticketId(id));
	}

	@GetMapping("/api/v1/agent/conversations/{conversationId}/ticket")
	@Operation(summary = "The current ticket of a conversation")
	TicketSummary ofConversation(@PathVariable String conversationId) {
		try {
			return this.desk.ofConversation(UUID.fromString(conversationId));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("ticket");
		}
	}

	@GetMapping("/api/v1/agent/tickets/{id}/messages")
	List<MessageView> messages(@PathVariable String id, @RequestParam(name = "after", defaultValue = "0") long after) {
		TicketSummary ticket = this.desk.get(ticketId(id));
		return this.conversations.messagesAfter(new ConversationId(ticket.conversationId()), Math.max(after, 0), 500);
	}

	@GetMapping("/api/v1/agent/tickets/{id}/audit")
	List<AuditView> audit(@PathVariable String id) {
		return this.desk.auditTrail(ticketId(id));
	}

	@GetMapping("/api/v1/agent/tickets/{id}/notes")
	List<NoteView> notes(@PathVariable String id) {
		return this.desk.notes(ticketId(id));
	}

	@PostMapping("/api/v1/agent/tickets/{id}/claim")
	TicketSummary claim(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id) {
		return this.retry.again(() -> this.desk.claim(ticketId(id), operator));
	}

	@PostMapping("/api/v1/agent/tickets/{id}/assignee")
	@Operation(summary = "Assign to an operator (to somebody else: supervisors only)")
	TicketSummary assign(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody AssignRequest request) {
		return this.retry.again(() -> this.desk.assign(ticketId(id), operator, new OperatorId(request.assigneeId())));
	}

	@PostMapping("/api/v1/agent/tickets/{id}/replies")
	@Operation(summary = "Reply to the customer in the chat",
			description = "A retry with the same clientMessageId returns the reply already sent.")
	MessageView reply(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody ReplyRequest request) {
		return this.desk.reply(ticketId(id), operator, request.text(), request.clientMessageId(), request.via());
	}

	@PostMapping(path = "/api/v1/agent/tickets/{id}/replies/images", consumes = "multipart/form-data")
	@Operation(summary = "Send the customer an image (JPEG, PNG or WebP, at most 5 MB), with an optional caption",
			description = "Goes out on the ticket's channel like a reply. A retry with the same clientMessageId returns the image already sent.")
	MessageView replyImage(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@org.springframework.web.bind.annotation.RequestParam("image") org.springframework.web.multipart.MultipartFile image,
			@org.springframework.web.bind.annotation.RequestParam(name = "caption",
					required = false) @jakarta.validation.constraints.Size(max = 1024) String caption,
			@org.springframework.web.bind.annotation.RequestParam("clientMessageId") @jakarta.validation.constraints.Size(
					min = 1, max = 100) String clientMessageId)
			throws java.io.IOException {
		return this.desk.replyWithImage(ticketId(id), operator, image.getBytes(), caption, clientMessageId);
	}

	@PostMapping("/api/v1/agent/tickets/{id}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	NoteView addNote(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody NoteRequest request) {
		return this.desk.addNote(ticketId(id), operator, request.body());
	}

	@PostMapping("/api/v1/agent/tickets/{id}/status")
	TicketSummary status(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody StatusRequest request) {
		return this.retry.again(() -> this.desk.changeStatus(ticketId(id), operator, request.status()));
	}

	@PostMapping("/api/v1/agent/tickets/{id}/priority")
	TicketSummary priority(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody PriorityRequest request) {
		return this.retry.again(() -> this.desk.prioritize(ticketId(id), operator, request.priority()));
	}

	@PostMapping("/api/v1/agent/tickets/{id}/category")
	TicketSummary category(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody CategoryRequest request) {
		return this.retry.again(() -> this.desk.categorize(ticketId(id), operator, request.category()));
	}

	@PostMapping("/api/v1/agent/tickets/{id}/order")
	@Operation(summary = "Link the ticket to the order it is about")
	TicketSummary linkOrder(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody LinkOrderRequest request) {
		return this.retry.again(() -> this.desk.linkOrder(ticketId(id), operator, request.orderId()));
	}

	@PostMapping("/api/v1/agent/tickets/{id}/tags")
	TicketSummary tag(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody TagRequest request) {
		return this.retry.again(() -> this.desk.tag(ticketId(id), operator, request.tag(), true));
	}

	@DeleteMapping("/api/v1/agent/tickets/{id}/tags/{tag}")
	TicketSummary untag(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@PathVariable String tag) {
		return this.retry.again(() -> this.desk.tag(ticketId(id), operator, tag, false));
	}

	static TicketId ticketId(String value) {
		try {
			return new TicketId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("ticket");
		}
	}

	/**
	 * A page of the queue; {@code hasNext} instead of a total, which would count the
	 * whole table.
	 */
	record PageResponse(List<TicketSummary> items, int page, int size, boolean hasNext) {
	}

	record AssignRequest(@NotNull UUID assigneeId) {
	}

	/**
	 * @param via another channel the customer has to answer on (EMAIL, TELEGRAM: see the
	 * ticket's {@code replyChannels}); absent: the ticket's own
	 */
	record ReplyRequest(@NotBlank @Size(max = 100) String clientMessageId, String text,
			io.yordam.conversations.Channel via) {
	}

	record NoteRequest(@NotBlank @Size(max = 4000) String body) {
	}

	record StatusRequest(@NotNull TicketStatus status) {
	}

	record PriorityRequest(@NotNull TicketPriority priority) {
	}

	record CategoryRequest(@NotNull TicketCategory category) {
	}

	record LinkOrderRequest(@NotBlank @Size(max = 64) String orderId) {
	}

	record TagRequest(@NotBlank @Size(max = 50) String tag) {
	}

}
