package io.yordam.workspace;

import java.util.List;

import io.yordam.common.InvalidInputException;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.knowledge.KnowledgeBase;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Knowledge-base articles for the ticket in front of the agent: searched with what the
 * customer last wrote (else the subject), in the customer's language, ready to paste into
 * the reply.
 */
@Controller
class ArticleSuggestions {

	private final TicketDesk tickets;

	private final Conversations conversations;

	private final KnowledgeBase knowledgeBase;

	ArticleSuggestions(TicketDesk tickets, Conversations conversations, KnowledgeBase knowledgeBase) {
		this.tickets = tickets;
		this.conversations = conversations;
		this.knowledgeBase = knowledgeBase;
	}

	@GetMapping("/agent/tickets/{id}/articles")
	String suggest(@PathVariable String id, Model model) {
		TicketSummary ticket = this.tickets.get(TicketPage.ticketId(id));
		ConversationId conversation = new ConversationId(ticket.conversationId());
		String locale = this.conversations.find(conversation).map(ConversationView::participantLocale).orElse("ru");
		List<MessageView> messages = this.conversations.messagesAfter(conversation, 0, 500);
		String query = messages.reversed()
			.stream()
			.filter(m -> m.authorKind() == AuthorKind.PARTICIPANT && m.text() != null && m.text().length() >= 2)
			.map(MessageView::text)
			.findFirst()
			.orElse(ticket.subject());
		List<KnowledgeBase.Hit> hits = List.of();
		if (query != null) {
			try {
				hits = this.knowledgeBase.search((query.length() > 200) ? query.substring(0, 200) : query, locale, 3);
			}
			catch (InvalidInputException ex) {
				// Too short to search: nothing to suggest.
			}
		}
		model.addAttribute("hits", hits);
		return "agent/articles :: suggestions";
	}

}
