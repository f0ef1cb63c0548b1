package io.yordam.common;

/**
 * How many tasks handed over after commit (live broadcasts, event listeners) wait for a
 * thread on this node right now.
 */
@FunctionalInterface
public interface EventBacklog {

	int queued();

}
