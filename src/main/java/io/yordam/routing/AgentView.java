package io.yordam.routing;

import java.time.Instant;

import io.yordam.access.OperatorId;

/**
 * An agent as the supervisor's board and the workspace header show them.
 * {@code idleSince}: since when nothing was routed to them (or since they came online, if
 * later).
 */
public record AgentView(OperatorId id, String displayName, AgentStatus status, int openChats, int capacity,
		AgentSkills skills, Instant statusSince, Instant idleSince) {

	/** "2/3". */
	public String load() {
		return this.openChats + "/" + this.capacity;
	}

}
