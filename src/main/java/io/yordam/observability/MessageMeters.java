package io.yordam.observability;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.yordam.access.PlatformRole;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationStarted;
import io.yordam.conversations.MessagePosted;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts what flows through the chat from the events it already publishes: messages in
 * (customers, couriers, partners) and out (agents, the bot, the desk), conversations
 * started; and times the bot's answers. Plain listeners on purpose (see
 * {@code BoardFeed}): no registry row and no executor per message, only a count after the
 * commit.
 */
@Component
class MessageMeters {

	/** Every conversation is a chat today; other channels get their own tag value. */
	static final String CHANNEL = "chat";

	private final Map<AuthorKind, Counter> messages = new EnumMap<>(AuthorKind.class);

	private final Map<PlatformRole, Counter> started = new EnumMap<>(PlatformRole.class);

	private final BotAnswerClock bot;

	private final Clock clock;

	MessageMeters(MeterRegistry registry, Clock clock, @Value("${yordam.bot.enabled:true}") boolean botEnabled) {
		this.clock = clock;
		// The alert "the bot stopped answering" holds only while the bot is meant to
		// answer.
		Gauge.builder("yordam.bot.enabled", () -> botEnabled ? 1 : 0)
			.description("1 when the bot answers customers first (yordam.bot.enabled)")
			.register(registry);
		this.bot = new BotAnswerClock(registry);
		for (AuthorKind kind : AuthorKind.values()) {
			this.messages.put(kind,
					Counter.builder("yordam.messages")
						.description("Messages stored, in from participants and out from support")
						.tag("direction", (kind == AuthorKind.PARTICIPANT) ? "in" : "out")
						.tag("author_kind", lower(kind))
						.tag("channel", CHANNEL)
						.register(registry));
		}
		for (PlatformRole role : PlatformRole.values()) {
			this.started.put(role,
					Counter.builder("yordam.conversations.started")
						.description("Conversations started, by the participant's role")
						.tag("role", lower(role))
						.register(registry));
		}
	}

	@EventListener
	void on(MessagePosted event) {
		AfterCommit.run(() -> {
			this.messages.get(event.authorKind()).increment();
			switch (event.authorKind()) {
				case PARTICIPANT -> this.bot.customerWrote(event.conversationId().value(), event.at());
				case BOT -> this.bot.botAnswered(event.conversationId().value(), event.at());
				case AGENT -> this.bot.forget(event.conversationId().value());
				case SYSTEM -> {
				}
			}
		});
	}

	@EventListener
	void on(ConversationStarted event) {
		AfterCommit.run(() -> this.started.get(event.participantRole()).increment());
	}

	@EventListener
	void on(TicketChanged event) {
		if (event.status() != TicketStatus.BOT && event.conversationId() != null) {
			AfterCommit.run(() -> this.bot.forget(event.conversationId()));
		}
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void forgetUnanswered() {
		this.bot.forgetOlderThan(this.clock.instant().minus(BotAnswerClock.FORGET_AFTER));
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
