package io.yordam.routing;

import java.time.Instant;

import io.yordam.access.OperatorId;

/**
 * An agent's status, load, capacity or skills changed (the supervisor's board listens).
 * {@code openChats} is the load as it was read when the change was made.
 */
public record AgentAvailabilityChanged(OperatorId operatorId, AgentStatus status, int openChats, int capacity,
		Change change, Instant at) {

	public enum Change {

		/** The agent, or the inactivity sweep, changed the status. */
		STATUS,
		/** A supervisor changed skills or capacity. */
		SKILLS,
		/**
		 * A ticket was routed to the agent, or one they held was assigned, solved or
		 * closed.
		 */
		LOAD

	}

}
