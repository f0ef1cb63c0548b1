package io.yordam.workspace;

import java.util.List;

import io.yordam.common.InvalidInputException;
import io.yordam.tickets.TicketSearch;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box in the top bar, and its results: the tickets an exact identifier names
 * first, marked as such, then those the words match.
 */
@Controller
class SearchPage {

	private final TicketSearch search;

	private final MessageSource messages;

	SearchPage(TicketSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/agent/search")
	String search(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		List<TicketSearch.Hit> hits = List.of();
		String error = null;
		if (!q.isBlank()) {
			try {
				hits = this.search.search(q, 30);
			}
			catch (InvalidInputException ex) {
				error = this.messages.getMessage("search.length", null, ex.violations().get(0).message(),
						LocaleContextHolder.getLocale());
			}
		}
		model.addAttribute("hits", hits);
		model.addAttribute("error", error);
		return "agent/search";
	}

}
