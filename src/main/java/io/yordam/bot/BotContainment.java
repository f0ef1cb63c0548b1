package io.yordam.bot;

import java.time.Instant;

/** Containment in a period, as the bot's report counts it, for the analytics tile. */
public interface BotContainment {

	Share between(Instant from, Instant to);

	/** Conversations the bot finished, and how many of them it contained. */
	record Share(int conversations, int contained) {
	}

}
