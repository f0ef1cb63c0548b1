package io.yordam.routing;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent's own availability (status, heartbeat, load) and the supervisors' roster and
 * skills editing. Who acts is the signed-in operator, never a parameter.
 */
@RestController
@Tag(name = "Routing", description = "Agents' status, skills and capacity")
class AgentAvailabilityController {

	private final AgentAvailability availability;

	private final AgentRoster roster;

	AgentAvailabilityController(AgentAvailability availability, AgentRoster roster) {
		this.availability = availability;
		this.roster = roster;
	}

	@GetMapping("/api/v1/agent/me/availability")
	@Operation(summary = "Your status, open chats and capacity")
	AgentView mine(@AuthenticationPrincipal OperatorPrincipal me) {
		return this.roster.agent(me.id()).orElseThrow(() -> new NotFoundException("agent"));
	}

	@PutMapping("/api/v1/agent/me/status")
	@Operation(summary = "Set your own status: ONLINE, AWAY or OFFLINE")
	AgentView status(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestBody(required = false) StatusRequest request) {
		this.availability.changeStatus(me, StatusRequest.parse(request));
		return mine(me);
	}

	@PostMapping("/api/v1/agent/me/heartbeat")
	@Operation(summary = "The workspace reports you active (sent while you use it); away after inactivity")
	AgentView heartbeat(@AuthenticationPrincipal OperatorPrincipal me) {
		this.availability.heartbeat(me);
		return mine(me);
	}

	@GetMapping("/api/v1/agent/agents")
	@Operation(summary = "A supervisor reads every agent's status, load, capacity and skills")
	List<AgentView> roster(@AuthenticationPrincipal OperatorPrincipal me) {
		me.require(StaffAction.SEE_AGENT_ROSTER);
		return this.roster.agents();
	}

	@PutMapping("/api/v1/agent/agents/{id}/skills")
	@Operation(summary = "A supervisor sets an agent's languages, cities, lines, second line and capacity")
	AgentView skills(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestBody(required = false) SkillsChange request) {
		me.require(StaffAction.EDIT_AGENT_SKILLS);
		OperatorId agent = operatorId(id);
		if (this.roster.agent(agent).isEmpty()) {
			throw new NotFoundException("agent");
		}
		if (request == null) {
			throw new InvalidInputException("languages", "required", "Send the skills and the capacity");
		}
		this.availability.changeSkills(me, agent, request);
		return this.roster.agent(agent).orElseThrow();
	}

	private static OperatorId operatorId(String value) {
		try {
			return new OperatorId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("agent");
		}
	}

	record StatusRequest(String status) {

		static AgentStatus parse(StatusRequest request) {
			try {
				return AgentStatus.valueOf((request != null && request.status() != null) ? request.status() : "");
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("status", "known-status", "ONLINE, AWAY or OFFLINE");
			}
		}

	}

}
