package io.yordam.analytics;

import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.knowledge.ArticleViewed;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The help centre's article reads, each kept once ({@link ArticleViews}). */
@Component
class ArticleViewEvents {

	private final ArticleViews views;

	private final ConflictRetry retry;

	ArticleViewEvents(ArticleViews views, ConflictRetry retry) {
		this.views = views;
		this.retry = retry;
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(ArticleViewed event) {
		this.retry.run(() -> this.views.viewed(event));
	}

}
