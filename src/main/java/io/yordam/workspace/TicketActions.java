package io.yordam.workspace;

import io.yordam.access.OperatorPrincipal;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.drafts.Drafts;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the operator does on the ticket view, posted by htmx. Each answers with the
 * fragment it changed; the other viewers learn of it through the ticket's live topic.
 */
@Controller
class TicketActions {

	private final TicketDesk desk;

	private final Conversations conversations;

	private final TicketPage page;

	private final Drafts drafts;

	TicketActions(TicketDesk desk, Conversations conversations, TicketPage page, Drafts drafts) {
		this.desk = desk;
		this.conversations = conversations;
		this.page = page;
		this.drafts = drafts;
	}

	@PostMapping("/agent/tickets/{id}/reply")
	ResponseEntity<Void> reply(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(defaultValue = "") String text, @RequestParam String clientMessageId,
			@RequestParam(required = false) io.yordam.conversations.Channel via) {
		TicketId ticket = TicketPage.ticketId(id);
		this.desk.reply(ticket, me, text, clientMessageId, via);
		// Sent: the draft is done with, on every machine the operator left it open on.
		this.drafts.clear(me, ticket);
		return ResponseEntity.noContent().header("HX-Trigger", "reply-sent").build();
	}

	/**
	 * An image from the reply box (a photo of the receipt, a map), with the text as its
	 * caption.
	 */
	@PostMapping(path = "/agent/tickets/{id}/reply-image", consumes = "multipart/form-data")
	ResponseEntity<Void> replyImage(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam("image") org.springframework.web.multipart.MultipartFile image,
			@RequestParam(defaultValue = "") String text, @RequestParam String clientMessageId)
			throws java.io.IOException {
		TicketId ticket = TicketPage.ticketId(id);
		if (image.isEmpty()) {
			throw new io.yordam.common.InvalidInputException("image", "required", "Choose an image");
		}
		this.desk.replyWithImage(ticket, me, image.getBytes(), text, clientMessageId);
		this.drafts.clear(me, ticket);
		return ResponseEntity.noContent().header("HX-Trigger", "reply-sent").build();
	}

	@PostMapping("/agent/tickets/{id}/notes")
	String note(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(defaultValue = "") String body, Model model) {
		TicketId ticketId = TicketPage.ticketId(id);
		this.desk.addNote(ticketId, me, body);
		return activity(ticketId, model);
	}

	@PostMapping("/agent/tickets/{id}/claim")
	String claim(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id, Model model) {
		return props(this.desk.claim(TicketPage.ticketId(id), me), model);
	}

	@PostMapping("/agent/tickets/{id}/assignee")
	String assign(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam java.util.UUID assigneeId, Model model) {
		return props(this.desk.assign(TicketPage.ticketId(id), me, new io.yordam.access.OperatorId(assigneeId)), model);
	}

	@PostMapping("/agent/tickets/{id}/status")
	String status(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam TicketStatus status, Model model) {
		return props(this.desk.changeStatus(TicketPage.ticketId(id), me, status), model);
	}

	@PostMapping("/agent/tickets/{id}/priority")
	String priority(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam TicketPriority priority, Model model) {
		return props(this.desk.prioritize(TicketPage.ticketId(id), me, priority), model);
	}

	@PostMapping("/agent/tickets/{id}/category")
	String category(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam TicketCategory category, Model model) {
		return props(this.desk.categorize(TicketPage.ticketId(id), me, category), model);
	}

	@PostMapping("/agent/tickets/{id}/tags")
	String tag(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id, @RequestParam String tag,
			@RequestParam(defaultValue = "true") boolean add, Model model) {
		return props(this.desk.tag(TicketPage.ticketId(id), me, tag, add), model);
	}

	@PostMapping("/agent/tickets/{id}/order")
	String linkOrder(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam String orderId, Model model) {
		TicketSummary ticket = this.desk.linkOrder(TicketPage.ticketId(id), me, orderId);
		this.page.fillCustomer(ticket, model);
		return "agent/ticket :: customer";
	}

	@PostMapping("/agent/tickets/{id}/read")
	ResponseEntity<Void> read(@PathVariable String id, @RequestParam long seq) {
		TicketSummary ticket = this.desk.get(TicketPage.ticketId(id));
		this.conversations.markReadBySupport(new ConversationId(ticket.conversationId()), seq);
		return ResponseEntity.noContent().build();
	}

	private String props(TicketSummary ticket, Model model) {
		this.page.fillProps(ticket, model);
		return "agent/ticket :: props";
	}

	private String activity(TicketId id, Model model) {
		model.addAttribute("ticket", this.desk.get(id));
		model.addAttribute("notes", this.desk.notes(id));
		model.addAttribute("audit", this.desk.auditTrail(id));
		return "agent/ticket :: activity";
	}

}
