package io.yordam.workspace;

import java.util.List;

import io.yordam.common.InvalidInputException;
import io.yordam.tickets.TicketSearch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search box in the top bar, and its results. */
@Controller
class SearchPage {

	private final TicketSearch search;

	SearchPage(TicketSearch search) {
		this.search = search;
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
				error = ex.violations().get(0).message();
			}
		}
		model.addAttribute("hits", hits);
		model.addAttribute("error", error);
		return "agent/search";
	}

}
