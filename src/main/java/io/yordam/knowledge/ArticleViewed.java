package io.yordam.knowledge;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.Participant;

/**
 * A reader opened a published article in the help centre (the app's or the widget's FAQ):
 * what analytics counts as a view and decides deflection from.
 *
 * @param reader who read it, when the app vouched for them (its bearer token); null for
 * an anonymous reader
 */
public record ArticleViewed(UUID viewId, UUID articleId, String slug, String language, Participant reader, Instant at) {

	@Override
	public String toString() {
		return "ArticleViewed[" + this.slug + " " + this.language + "]";
	}

}
