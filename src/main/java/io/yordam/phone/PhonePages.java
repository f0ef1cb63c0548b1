package io.yordam.phone;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.yordam.access.OperatorPrincipal;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;

/**
 * The phone's parts of the workspace: a call's pop-up card, the "called back" of a
 * callback ticket, and the agent's own extension.
 */
@Controller
@ConditionalOnBooleanProperty("yordam.phone.enabled")
class PhonePages {

	private final CallCards cards;

	private final TicketDesk desk;

	private final Extensions extensions;

	private final CallbackCalls callbacks;

	PhonePages(CallCards cards, TicketDesk desk, Extensions extensions, CallbackCalls callbacks) {
		this.cards = cards;
		this.desk = desk;
		this.extensions = extensions;
		this.callbacks = callbacks;
	}

	@GetMapping("/agent/phone/calls/{callId}/card")
	String card(@PathVariable String callId, Model model) {
		model.addAttribute("card", this.cards.card(callId));
		return "phone/card :: card";
	}

	@PostMapping("/agent/phone/callbacks/{ticketId}")
	String calledBack(@PathVariable java.util.UUID ticketId, @AuthenticationPrincipal OperatorPrincipal agent) {
		this.callbacks.calledBack(new TicketId(ticketId), agent);
		return "redirect:/agent/tickets/" + ticketId;
	}

	@GetMapping("/agent/phone/extension")
	String extension(@AuthenticationPrincipal OperatorPrincipal agent, Model model) {
		model.addAttribute("extension", this.extensions.of(agent.id()).orElse(""));
		return "phone/extension";
	}

	@PostMapping("/agent/phone/extension")
	String setExtension(@AuthenticationPrincipal OperatorPrincipal agent, @RequestParam String extension) {
		this.extensions.assign(agent.id(), extension);
		return "redirect:/agent/phone/extension?saved";
	}

}
