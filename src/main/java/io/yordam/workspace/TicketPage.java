package io.yordam.workspace;

import java.util.List;
import java.util.UUID;

import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.common.Money;
import io.yordam.common.NotFoundException;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.customers.Customers;
import io.yordam.orders.OrderId;
import io.yordam.orders.Orders;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The ticket view and the fragments its live parts reload. */
@Controller
class TicketPage {

	private final TicketDesk desk;

	private final Conversations conversations;

	private final Customers customers;

	private final Orders orders;

	private final Operators operators;

	private final io.yordam.ledger.Ledger ledger;

	private final OneHistory merged;

	/** The SLA's VIP: a customer with this many orders (or a ticket tagged vip). */
	private final int vipOrders;

	TicketPage(TicketDesk desk, Conversations conversations, Customers customers, Orders orders, Operators operators,
			io.yordam.ledger.Ledger ledger, OneHistory merged,
			@org.springframework.beans.factory.annotation.Value("${yordam.sla.vip-orders:${yordam.bot.vip-orders:100}}") int vipOrders) {
		this.ledger = ledger;
		this.merged = merged;
		this.vipOrders = vipOrders;
		this.desk = desk;
		this.conversations = conversations;
		this.customers = customers;
		this.orders = orders;
		this.operators = operators;
	}

	@GetMapping("/agent/tickets/{id}")
	String ticket(@PathVariable String id, Model model) {
		TicketSummary ticket = this.desk.get(ticketId(id));
		model.addAttribute("ticket", ticket);
		model.addAttribute("conversation",
				this.conversations.find(new ConversationId(ticket.conversationId())).orElse(null));
		model.addAttribute("messages",
				this.conversations.messagesAfter(new ConversationId(ticket.conversationId()), 0, 500));
		model.addAttribute("notes", this.desk.notes(ticket.id()));
		fillProps(ticket, model);
		fillCustomer(ticket, model);
		model.addAttribute("audit", this.desk.auditTrail(ticket.id()));
		this.merged.fill(ticket.id(), model);
		this.merged.fillLinkable(ticket, model);
		this.merged.fillReplyChannels(ticket, model);
		return "agent/ticket";
	}

	@GetMapping("/agent/tickets/{id}/messages")
	String messages(@PathVariable String id, @RequestParam(defaultValue = "0") long after, Model model) {
		TicketSummary ticket = this.desk.get(ticketId(id));
		List<MessageView> messages = this.conversations.messagesAfter(new ConversationId(ticket.conversationId()),
				Math.max(after, 0), 500);
		model.addAttribute("ticket", ticket);
		model.addAttribute("messages", messages);
		return "agent/ticket :: messages";
	}

	@GetMapping("/agent/tickets/{id}/props")
	String props(@PathVariable String id, Model model) {
		TicketSummary ticket = this.desk.get(ticketId(id));
		fillProps(ticket, model);
		return "agent/ticket :: props";
	}

	@GetMapping("/agent/tickets/{id}/customer")
	String customer(@PathVariable String id, Model model) {
		TicketSummary ticket = this.desk.get(ticketId(id));
		fillCustomer(ticket, model);
		return "agent/ticket :: customer";
	}

	@GetMapping("/agent/tickets/{id}/activity")
	String activity(@PathVariable String id, Model model) {
		TicketSummary ticket = this.desk.get(ticketId(id));
		model.addAttribute("ticket", ticket);
		model.addAttribute("notes", this.desk.notes(ticket.id()));
		model.addAttribute("audit", this.desk.auditTrail(ticket.id()));
		return "agent/ticket :: activity";
	}

	@GetMapping("/agent/tickets/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId) {
		TicketSummary ticket = this.desk.get(ticketId(id));
		UUID attachment;
		try {
			attachment = UUID.fromString(attachmentId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("attachment");
		}
		Conversations.AttachmentContent content = this.conversations
			.attachment(new ConversationId(ticket.conversationId()), attachment)
			.orElseThrow(() -> new NotFoundException("attachment"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(content.data());
	}

	void fillProps(TicketSummary ticket, Model model) {
		model.addAttribute("ticket", ticket);
		// Only the bot hands a ticket back to itself.
		model.addAttribute("statuses",
				java.util.Arrays.stream(TicketStatus.values()).filter(s -> s != TicketStatus.BOT).toList());
		model.addAttribute("priorities", TicketPriority.values());
		model.addAttribute("categories", TicketCategory.values());
		model.addAttribute("operators", this.operators.directory());
		this.merged.fillCandidates(ticket.id(), model);
	}

	void fillCustomer(TicketSummary ticket, Model model) {
		model.addAttribute("ticket", ticket);
		var view = this.customers.view(ticket.requester());
		model.addAttribute("customer", view);
		// Bonuses and compensations are customers'; a courier or partner with the same id
		// has none of them.
		boolean customer = ticket.requesterRole() == PlatformRole.CUSTOMER;
		model.addAttribute("bonusBalance", customer ? this.ledger.bonusBalance(ticket.requesterId()) : Money.ZERO);
		List<io.yordam.ledger.LedgerLine> compensations = customer ? this.ledger.historyOf(ticket.requesterId(), 10)
				: List.of();
		model.addAttribute("compensations", compensations);
		model.addAttribute("compensationsTotal",
				compensations.stream().mapToLong(io.yordam.ledger.LedgerLine::amount).sum());
		model.addAttribute("vip", ticket.tags().contains("vip")
				|| (view.profile() != null && view.profile().ordersCount() >= this.vipOrders));
		model.addAttribute("order",
				(ticket.orderId() != null) ? this.orders.find(new OrderId(ticket.orderId())).orElse(null) : null);
	}

	static TicketId ticketId(String value) {
		try {
			return new TicketId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("ticket");
		}
	}

}
