package io.yordam.workspace;

import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.knowledge.KnowledgeSuggestions;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketSummary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What "insert into the reply" puts in the agent's reply box: an article whole, or one of
 * its paragraphs, as plain text in the language of the ticket's customer. The server
 * answers (not the page) so the text is the published one at the moment of inserting.
 */
@RestController
class ArticleInserts {

	private final TicketDesk tickets;

	private final KnowledgeSuggestions knowledge;

	private final ArticleSuggestions suggestions;

	ArticleInserts(TicketDesk tickets, KnowledgeSuggestions knowledge, ArticleSuggestions suggestions) {
		this.tickets = tickets;
		this.knowledge = knowledge;
		this.suggestions = suggestions;
	}

	/**
	 * @param paragraph which paragraph, the first being 1; none: the whole article
	 */
	@GetMapping("/agent/tickets/{id}/articles/{slug}/text")
	Inserted text(@PathVariable String id, @PathVariable String slug,
			@RequestParam(name = "paragraph", required = false) Integer paragraph) {
		TicketSummary ticket = this.tickets.get(TicketPage.ticketId(id));
		KnowledgeSuggestions.Suggestion article = this.knowledge.article(slug, this.suggestions.language(ticket))
			.orElseThrow(() -> new NotFoundException("article"));
		if (paragraph == null) {
			return new Inserted(article.slug(), article.language(), null, article.text());
		}
		int count = article.paragraphs().size();
		if (paragraph < 1 || paragraph > count) {
			throw new InvalidInputException("paragraph", "range", "1 to " + count);
		}
		return new Inserted(article.slug(), article.language(), paragraph, article.paragraphs().get(paragraph - 1));
	}

	/** The text to insert, and the language it is in. */
	record Inserted(String slug, String language, Integer paragraph, String text) {
	}

}
