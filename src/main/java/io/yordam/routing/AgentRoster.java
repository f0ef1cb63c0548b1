package io.yordam.routing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorSummary;
import io.yordam.access.Operators;
import io.yordam.tickets.TicketWorkload;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every operator's availability, load and skills, for the supervisor's board and the
 * workspace header. An operator who never set a status reads as offline with the
 * defaults. Three queries whatever the number of agents.
 */
@Service
public class AgentRoster {

	private final AgentProfileRepository profiles;

	private final Operators operators;

	private final TicketWorkload workload;

	private final Clock clock;

	AgentRoster(AgentProfileRepository profiles, Operators operators, TicketWorkload workload, Clock clock) {
		this.profiles = profiles;
		this.operators = operators;
		this.workload = workload;
		this.clock = clock;
	}

	/** All operators, by name. */
	@Transactional(readOnly = true)
	public List<AgentView> agents() {
		Map<UUID, AgentProfile> known = this.profiles.findAll()
			.stream()
			.collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
		Map<OperatorId, Integer> loads = this.workload.openChats();
		return this.operators.directory()
			.stream()
			.map(o -> view(o, known.get(o.id().value()), loads.getOrDefault(o.id(), 0)))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<AgentView> agent(OperatorId id) {
		return this.operators.summary(id)
			.map(o -> view(o, this.profiles.findById(id.value()).orElse(null), this.workload.openChats(id)));
	}

	private AgentView view(OperatorSummary operator, AgentProfile stored, int openChats) {
		AgentProfile profile = (stored != null) ? stored : AgentProfile.newcomer(operator.id(), this.clock.instant());
		return new AgentView(operator.id(), operator.displayName(), profile.status(), openChats, profile.capacity(),
				profile.skills(), profile.statusSince(), profile.idleSince());
	}

}
