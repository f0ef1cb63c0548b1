package io.yordam.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The bot's answer time: from a customer's first unanswered message to the bot's next
 * message in that conversation, both by the instants the messages carry. A conversation a
 * person answers, or that leaves the bot, is forgotten; so is one unanswered for longer
 * than {@link #FORGET_AFTER} (the bot answers within seconds or not at all, and the
 * messages-out counter tells the second). Per node: the bot answers on the node that
 * stored the customer's message.
 */
class BotAnswerClock {

	static final Duration FORGET_AFTER = Duration.ofMinutes(10);

	/** A storm's worth of open conversations; past it new ones go unmeasured. */
	static final int MOST_WAITING = 100_000;

	private final Map<UUID, Instant> waiting = new ConcurrentHashMap<>();

	private final Timer answers;

	BotAnswerClock(MeterRegistry registry) {
		this.answers = Timer.builder("yordam.bot.answer")
			.description("From a customer's message to the bot's answer")
			.serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
					Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
					Duration.ofSeconds(30), Duration.ofMinutes(1))
			.register(registry);
	}

	void customerWrote(UUID conversation, Instant at) {
		if (this.waiting.size() < MOST_WAITING) {
			this.waiting.putIfAbsent(conversation, at);
		}
	}

	void botAnswered(UUID conversation, Instant at) {
		Instant asked = this.waiting.remove(conversation);
		if (asked != null && !at.isBefore(asked)) {
			this.answers.record(Duration.between(asked, at));
		}
	}

	/**
	 * A person answered, or the conversation left the bot: nothing for the bot to answer.
	 */
	void forget(UUID conversation) {
		this.waiting.remove(conversation);
	}

	void forgetOlderThan(Instant cutoff) {
		this.waiting.values().removeIf(asked -> asked.isBefore(cutoff));
	}

	int waiting() {
		return this.waiting.size();
	}

}
