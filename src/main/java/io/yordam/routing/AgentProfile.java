package io.yordam.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.yordam.access.OperatorId;
import io.yordam.tickets.TicketLine;

/**
 * An agent's availability, skills and capacity. Routing locks this row before it counts
 * the agent's chats and gives them one more, so that no two nodes fill the same last
 * slot.
 */
@Entity
@Table(name = "agent_profiles")
class AgentProfile {

	static final int DEFAULT_CAPACITY = 3;

	@Id
	private UUID operatorId;

	@Enumerated(EnumType.STRING)
	private AgentStatus status;

	private int capacity;

	private String languages;

	private String cities;

	private String lines;

	private boolean secondLine;

	private boolean awayByInactivity;

	private Instant statusSince;

	private Instant lastActiveAt;

	private Instant idleSince;

	@Version
	private long version;

	protected AgentProfile() {
	}

	/** A newcomer: offline, Russian, both lines, first line, three chats. */
	static AgentProfile newcomer(OperatorId operator, Instant now) {
		AgentProfile profile = new AgentProfile();
		profile.operatorId = operator.value();
		profile.status = AgentStatus.OFFLINE;
		profile.capacity = DEFAULT_CAPACITY;
		profile.languages = "ru";
		profile.cities = "";
		profile.lines = TicketLine.CUSTOMERS_PARTNERS + "," + TicketLine.COURIERS;
		profile.statusSince = now;
		profile.lastActiveAt = now;
		profile.idleSince = now;
		return profile;
	}

	/** Whether the status changed. Coming online counts as activity and starts idling. */
	boolean changeStatus(AgentStatus target, Instant now) {
		this.lastActiveAt = now;
		// Chosen now: no longer away for want of activity.
		this.awayByInactivity = false;
		if (target == this.status) {
			return false;
		}
		if (target == AgentStatus.ONLINE && this.status != AgentStatus.AWAY) {
			this.idleSince = now;
		}
		this.status = target;
		this.statusSince = now;
		return true;
	}

	/**
	 * The workspace reports the agent active; an agent set away by the sweep is back
	 * online (one they chose themselves stays away until they switch).
	 */
	boolean active(Instant now) {
		this.lastActiveAt = now;
		if (this.awayByInactivity && this.status == AgentStatus.AWAY) {
			this.status = AgentStatus.ONLINE;
			this.statusSince = now;
			this.awayByInactivity = false;
			return true;
		}
		return false;
	}

	/** Online without any activity for longer than allowed: away. */
	boolean awayIfInactive(Duration after, Instant now) {
		if (this.status == AgentStatus.ONLINE && this.lastActiveAt.plus(after).isBefore(now)) {
			this.status = AgentStatus.AWAY;
			this.statusSince = now;
			this.awayByInactivity = true;
			return true;
		}
		return false;
	}

	void changeSkills(AgentSkills skills, int capacity) {
		this.languages = join(skills.languages());
		this.cities = join(skills.cities());
		this.lines = join(skills.lines().stream().map(Enum::name).collect(Collectors.toSet()));
		this.secondLine = skills.secondLine();
		this.capacity = capacity;
	}

	/** A ticket was routed to the agent: their idle time starts again. */
	void routed(Instant now) {
		this.idleSince = now;
	}

	OperatorId id() {
		return new OperatorId(this.operatorId);
	}

	AgentStatus status() {
		return this.status;
	}

	int capacity() {
		return this.capacity;
	}

	Instant statusSince() {
		return this.statusSince;
	}

	Instant idleSince() {
		return this.idleSince;
	}

	Instant lastActiveAt() {
		return this.lastActiveAt;
	}

	AgentSkills skills() {
		return new AgentSkills(split(this.languages), split(this.cities),
				split(this.lines).stream().map(TicketLine::valueOf).collect(Collectors.toSet()), this.secondLine);
	}

	private static String join(Set<String> values) {
		return String.join(",", new TreeSet<>(values));
	}

	private static Set<String> split(String value) {
		return Arrays.stream(value.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
	}

	@Override
	public String toString() {
		return "AgentProfile[" + this.status + " " + this.capacity + "]";
	}

}
