package io.yordam.knowledge;

import java.time.Instant;
import java.util.UUID;

/** An article as a reader sees it, in one language. */
public record ArticleView(UUID id, String slug, String category, String status, String title, String body,
		int helpfulYes, int helpfulNo, Instant publishedAt, Instant updatedAt) {
}
