package io.yordam.knowledge;

import java.time.Clock;
import java.util.UUID;

import io.yordam.access.Participant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells that a reader opened an article of the help centre, in a transaction of its own
 * (the read itself is read-only) so that the event is recorded and delivered after it
 * commits.
 */
@Service
class ArticleReads {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleReads(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void viewed(ArticleView article, String language, Participant reader) {
		this.events.publishEvent(new ArticleViewed(UUID.randomUUID(), article.id(), article.slug(), language, reader,
				this.clock.instant()));
	}

}
