package io.yordam.workspace;

import java.util.List;

import io.yordam.bot.Intent;
import io.yordam.bot.IntentClassifier;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.knowledge.KnowledgeSuggestions;
import io.yordam.knowledge.KnowledgeSuggestions.Topic;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Knowledge-base articles for the ticket in front of the agent, in the customer's
 * language: those that answer the ticket's category and what the customer asks (see
 * {@link ArticleTopics}), then by the customer's own words; or, when the agent searches,
 * by the agent's words. Each is sent whole or a paragraph at a time
 * ({@link ArticleInserts}).
 */
@Controller
class ArticleSuggestions {

	static final int SHOWN = 4;

	/** The customer's latest messages read for the topic and the words. */
	private static final int READ = 5;

	private final TicketDesk tickets;

	private final Conversations conversations;

	private final KnowledgeSuggestions knowledge;

	private final IntentClassifier classifier;

	ArticleSuggestions(TicketDesk tickets, Conversations conversations, KnowledgeSuggestions knowledge,
			IntentClassifier classifier) {
		this.tickets = tickets;
		this.conversations = conversations;
		this.knowledge = knowledge;
		this.classifier = classifier;
	}

	@GetMapping("/agent/tickets/{id}/articles")
	String suggest(@PathVariable String id, @RequestParam(name = "q", required = false) String q, Model model) {
		TicketSummary ticket = this.tickets.get(TicketPage.ticketId(id));
		String language = language(ticket);
		String query = (q != null) ? q.strip() : "";
		List<KnowledgeSuggestions.Suggestion> found;
		Intent intent = null;
		if (!query.isEmpty()) {
			// The agent's own words: the length is bounded like every search box's.
			boolean searchable = query.length() >= 2 && query.length() <= 200;
			model.addAttribute("queryInvalid", !searchable);
			found = searchable ? this.knowledge.suggest(query, Topic.NONE, language, SHOWN) : List.of();
		}
		else {
			List<String> said = customerWords(ticket);
			intent = WhatTheCustomerAsks.of(this.classifier, said);
			String text = said.isEmpty() ? ticket.subject() : String.join("\n", said);
			found = this.knowledge.suggest(text, ArticleTopics.of(ticket.category(), intent), language, SHOWN);
		}
		model.addAttribute("ticket", ticket);
		model.addAttribute("suggestions", found);
		model.addAttribute("language", language);
		model.addAttribute("q", query);
		model.addAttribute("intent", (intent != null) ? intent.wireName() : null);
		return "agent/articles :: suggestions";
	}

	/** The ticket's language, else the customer's; Russian when neither is known. */
	String language(TicketSummary ticket) {
		if (ticket.language() != null && !ticket.language().isBlank()) {
			return ticket.language();
		}
		return this.conversations.find(new ConversationId(ticket.conversationId()))
			.map(ConversationView::participantLocale)
			.orElse("ru");
	}

	/** What the customer wrote, the latest first. */
	private List<String> customerWords(TicketSummary ticket) {
		return this.conversations.messagesAfter(new ConversationId(ticket.conversationId()), 0, 500)
			.reversed()
			.stream()
			.filter(m -> m.authorKind() == AuthorKind.PARTICIPANT && m.text() != null && m.text().strip().length() >= 2)
			.map(MessageView::text)
			.limit(READ)
			.toList();
	}

}
