package io.yordam.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;
import io.yordam.sla.SlaClocks;
import io.yordam.sla.SlaPoliciesForm;
import io.yordam.sla.SlaPolicyStore;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SLA policy editor (admins, with history, like the playbook settings) and a ticket's
 * clocks as the ticket view shows them.
 */
@Controller
class SlaPages {

	/** Room for this many more policies than there are. */
	private static final int SPARE_ROWS = 2;

	private final SlaPolicyStore store;

	private final SlaClocks clocks;

	private final java.time.Clock clock;

	SlaPages(SlaPolicyStore store, SlaClocks clocks, java.time.Clock clock) {
		this.store = store;
		this.clocks = clocks;
		this.clock = clock;
	}

	@GetMapping("/agent/settings/sla")
	String editor(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		me.require(StaffAction.EDIT_SLA_POLICIES);
		SlaPolicyStore.Versioned current = this.store.current();
		return page(model, current.version(), current.form(), List.of());
	}

	@PostMapping("/agent/settings/sla")
	String save(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam Map<String, String> form, Model model) {
		me.require(StaffAction.EDIT_SLA_POLICIES);
		int basedOn;
		try {
			basedOn = Integer.parseInt(form.getOrDefault("basedOn", "0"));
		}
		catch (NumberFormatException ex) {
			basedOn = -1;
		}
		SlaPoliciesForm edited = fromForm(form);
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		try {
			this.store.update(basedOn, edited, me, form.get("comment"));
			return "redirect:/agent/settings/sla?saved";
		}
		catch (InvalidInputException ex) {
			bad.addAll(ex.violations());
		}
		catch (RuleViolationException ex) {
			bad.add(new InvalidInputException.Violation("basedOn", ex.rule(), ex.getMessage()));
		}
		return page(model, basedOn, edited, bad);
	}

	/** The ticket view's clocks (loaded by htmx, again whenever the ticket changes). */
	@GetMapping("/agent/tickets/{id}/sla")
	String ticketClocks(@PathVariable String id, Model model) {
		TicketId ticket;
		try {
			ticket = new TicketId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("ticket");
		}
		model.addAttribute("clocks", this.clocks.of(List.of(ticket)).getOrDefault(ticket, List.of()));
		model.addAttribute("serverNow", this.clock.millis());
		return "fragments/sla :: clocks";
	}

	private String page(Model model, int version, SlaPoliciesForm values,
			List<InvalidInputException.Violation> errors) {
		List<SlaPoliciesForm.PolicyForm> rows = new ArrayList<>(values.policies());
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(null);
		}
		List<SlaPoliciesForm.CalendarForm> calendars = new ArrayList<>();
		for (TicketLine line : TicketLine.values()) {
			calendars.add(values.calendars()
				.stream()
				.filter(c -> line.name().equals(c.line()))
				.findFirst()
				.orElse(new SlaPoliciesForm.CalendarForm(line.name(), List.of(), "", "", List.of())));
		}
		model.addAttribute("version", version);
		model.addAttribute("rows", rows);
		model.addAttribute("calendars", calendars);
		model.addAttribute("errors", errors);
		model.addAttribute("history", this.store.history());
		return "agent/sla-policies";
	}

	/** Reads the editor's rows; a row with no name and no targets is left out. */
	static SlaPoliciesForm fromForm(Map<String, String> form) {
		List<SlaPoliciesForm.PolicyForm> policies = new ArrayList<>();
		for (int i = 0; i < 60 && form.containsKey("name" + i); i++) {
			String p = String.valueOf(i);
			if (blank(form.get("name" + p)) && blank(form.get("first" + p)) && blank(form.get("next" + p))
					&& blank(form.get("resolution" + p))) {
				continue;
			}
			String vip = form.getOrDefault("vip" + p, "");
			policies.add(new SlaPoliciesForm.PolicyForm(form.get("name" + p), words(form.get("lines" + p)),
					words(form.get("channels" + p)), words(form.get("categories" + p)),
					words(form.get("priorities" + p)),
					vip.equals("yes") ? Boolean.TRUE : vip.equals("no") ? Boolean.FALSE : null,
					words(form.get("languages" + p)), seconds(form.get("first" + p)), seconds(form.get("next" + p)),
					seconds(form.get("resolution" + p))));
		}
		List<SlaPoliciesForm.CalendarForm> calendars = new ArrayList<>();
		for (TicketLine line : TicketLine.values()) {
			String days = form.get("days" + line);
			if (blank(days)) {
				continue;
			}
			calendars.add(new SlaPoliciesForm.CalendarForm(line.name(), words(days), form.get("opens" + line),
					form.get("closes" + line), words(form.get("holidays" + line))));
		}
		return new SlaPoliciesForm(policies, calendars);
	}

	private static List<String> words(String value) {
		return blank(value) ? List.of() : Arrays.stream(value.split("[,\\s]+")).filter(w -> !w.isBlank()).toList();
	}

	/** Not a number: -1, which the policies refuse by the field's name. */
	private static Long seconds(String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
