package io.yordam.analytics;

import io.yordam.bot.BotCouldNotAnswer;
import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.knowledge.KnowledgeSearchMissed;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The questions nobody answered: the bot's (not understood, out of its scope, no article)
 * and the help centre's searches that found nothing, each counted once.
 */
@Component
class KnowledgeGapEvents {

	private final QuestionFacts questions;

	private final ConflictRetry retry;

	KnowledgeGapEvents(QuestionFacts questions, ConflictRetry retry) {
		this.questions = questions;
		this.retry = retry;
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(BotCouldNotAnswer event) {
		this.retry.run(() -> this.questions.asked("question:bot:" + event.conversationId() + ":" + event.seq(),
				event.text(), event.language(), event.at()));
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(KnowledgeSearchMissed event) {
		this.retry.run(() -> this.questions.asked("question:search:" + event.searchId(), event.query(),
				event.language(), event.at()));
	}

}
