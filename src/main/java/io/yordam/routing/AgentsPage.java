package io.yordam.routing;

import java.util.List;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.tickets.TicketLine;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' page of agents: status, load, and a form per agent for languages,
 * cities, lines, second line and capacity. A refused edit shows the broken field and
 * changes nothing.
 */
@Controller
class AgentsPage {

	private final AgentRoster roster;

	private final AgentAvailability availability;

	private final RoutingProperties properties;

	AgentsPage(AgentRoster roster, AgentAvailability availability, RoutingProperties properties) {
		this.roster = roster;
		this.availability = availability;
		this.properties = properties;
	}

	@GetMapping("/agent/agents")
	String agents(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		me.require(StaffAction.SEE_AGENT_ROSTER);
		model.addAttribute("agents", this.roster.agents());
		model.addAttribute("languages", List.of("ru", "uz", "en"));
		model.addAttribute("cities", this.properties.cities());
		model.addAttribute("lines", TicketLine.values());
		return "agent/agents";
	}

	@PostMapping("/agent/agents/{id}/skills")
	String skills(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable UUID id,
			@RequestParam(name = "languages", required = false) List<String> languages,
			@RequestParam(name = "cities", required = false) List<String> cities,
			@RequestParam(name = "lines", required = false) List<String> lines,
			@RequestParam(name = "secondLine", defaultValue = "false") boolean secondLine,
			@RequestParam(name = "capacity", required = false) String capacity, Model model) {
		me.require(StaffAction.EDIT_AGENT_SKILLS);
		OperatorId agent = new OperatorId(id);
		try {
			if (this.roster.agent(agent).isEmpty()) {
				throw new InvalidInputException("id", "known-agent", "No such agent");
			}
			this.availability.changeSkills(me, agent,
					new SkillsChange(languages, cities, lines, secondLine, parse(capacity)));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errorAgent", id);
			model.addAttribute("errorFields", ex.violations().stream().map(v -> v.field()).toList());
			return agents(me, model);
		}
		return "redirect:/agent/agents?saved=" + id;
	}

	private static Integer parse(String capacity) {
		try {
			return (capacity != null) ? Integer.valueOf(capacity.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
