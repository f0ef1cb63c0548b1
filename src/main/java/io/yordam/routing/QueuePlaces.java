package io.yordam.routing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.yordam.access.OperatorId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketSummary;
import io.yordam.tickets.TicketWorkload;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A waiting ticket's place in its line's queue and the estimated wait
 * ({@link WaitEstimate}). What every place on a line shares (who is online on it, their
 * free slots, the recent handling times) is read once per line ({@link #line}), so that a
 * queue of a thousand costs three queries, not three per customer.
 */
@Service
class QueuePlaces {

	private final TicketWorkload workload;

	private final AgentProfileRepository profiles;

	private final RoutingProperties properties;

	private final Clock clock;

	QueuePlaces(TicketWorkload workload, AgentProfileRepository profiles, RoutingProperties properties, Clock clock) {
		this.workload = workload;
		this.profiles = profiles;
		this.properties = properties;
		this.clock = clock;
	}

	/** Empty when the ticket does not wait (a person has it, or the bot). */
	@Transactional(readOnly = true)
	Optional<WaitEstimate.Estimate> of(TicketSummary ticket) {
		var place = this.workload.placeInQueue(ticket.id());
		if (place.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(line(ticket.line()).estimate(place.getAsLong()));
	}

	/** The line's capacity now, to estimate any place on it. */
	@Transactional(readOnly = true)
	Line line(TicketLine line) {
		List<AgentProfile> online = this.profiles.findByStatus(AgentStatus.ONLINE)
			.stream()
			.filter(p -> p.skills().lines().contains(line))
			.toList();
		Map<OperatorId, Integer> loads = this.workload.openChats();
		int capacity = online.stream().mapToInt(AgentProfile::capacity).sum();
		int free = online.stream().mapToInt(p -> Math.max(0, p.capacity() - loads.getOrDefault(p.id(), 0))).sum();
		return new Line(capacity, free,
				this.workload.handlingTimes(this.clock.instant().minus(this.properties.handlingWindow()), 200),
				this.properties);
	}

	record Line(int capacity, int free, List<Duration> handlingTimes, RoutingProperties properties) {

		WaitEstimate.Estimate estimate(long place) {
			return WaitEstimate.of(place, this.capacity, this.free, this.handlingTimes,
					this.properties.defaultHandlingTime(), this.properties.waitFloor(), this.properties.waitCeiling());
		}

	}

}
