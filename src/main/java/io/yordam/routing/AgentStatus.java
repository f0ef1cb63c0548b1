package io.yordam.routing;

/**
 * An agent's availability. Only {@code ONLINE} agents get tickets routed; {@code AWAY} is
 * what an agent becomes after a while without activity in the workspace.
 */
public enum AgentStatus {

	ONLINE, AWAY, OFFLINE

}
