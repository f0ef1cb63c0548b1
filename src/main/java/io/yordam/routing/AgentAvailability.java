package io.yordam.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.NotFoundException;
import io.yordam.tickets.TicketWorkload;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' own availability (status, activity) and the supervisors' edits of skills and
 * capacity. Every change is made on the agent's locked row, and announced.
 */
@Service
class AgentAvailability {

	private final AgentProfileRepository profiles;

	private final TicketWorkload workload;

	private final ApplicationEventPublisher events;

	private final RoutingProperties properties;

	private final Clock clock;

	AgentAvailability(AgentProfileRepository profiles, TicketWorkload workload, ApplicationEventPublisher events,
			RoutingProperties properties, Clock clock) {
		this.profiles = profiles;
		this.workload = workload;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public void changeStatus(OperatorPrincipal agent, AgentStatus status) {
		onLocked(agent.id(), profile -> profile.changeStatus(status, now()), AgentAvailabilityChanged.Change.STATUS);
	}

	/** The workspace says its agent is active (a heartbeat while they use it). */
	@Transactional
	public void heartbeat(OperatorPrincipal agent) {
		onLocked(agent.id(), profile -> profile.active(now()), AgentAvailabilityChanged.Change.STATUS);
	}

	@Transactional
	public void changeSkills(OperatorPrincipal editor, OperatorId agent, SkillsChange change) {
		editor.require(StaffAction.EDIT_AGENT_SKILLS);
		SkillsChange.Checked checked = change.check(this.properties.cities(), this.properties.maxCapacity());
		onLocked(agent, profile -> {
			profile.changeSkills(checked.skills(), checked.capacity());
			return true;
		}, AgentAvailabilityChanged.Change.SKILLS);
	}

	/** Online agents without activity for longer than allowed become away. */
	@Transactional
	public void markInactiveAway() {
		Instant now = now();
		this.profiles.findByStatus(AgentStatus.ONLINE)
			.stream()
			.filter(p -> p.lastActiveAt().plus(this.properties.awayAfter()).isBefore(now))
			.forEach(p -> onLocked(p.id(), profile -> profile.awayIfInactive(this.properties.awayAfter(), now),
					AgentAvailabilityChanged.Change.STATUS));
	}

	/** Creates the agent's row with the defaults on first use. */
	@Transactional
	public void ensure(OperatorId agent) {
		if (!this.profiles.existsById(agent.value())) {
			this.profiles.insertIfAbsent(agent.value(), now());
		}
	}

	private void onLocked(OperatorId agent, Function<AgentProfile, Boolean> change,
			AgentAvailabilityChanged.Change kind) {
		ensure(agent);
		AgentProfile profile = this.profiles.lock(agent.value()).orElseThrow(() -> new NotFoundException("agent"));
		if (change.apply(profile)) {
			this.events.publishEvent(new AgentAvailabilityChanged(agent, profile.status(),
					this.workload.openChats(agent), profile.capacity(), kind, now()));
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
