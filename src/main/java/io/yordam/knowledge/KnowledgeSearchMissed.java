package io.yordam.knowledge;

import java.time.Instant;
import java.util.UUID;

/**
 * A reader's search of the help centre found no article: a question the knowledge base
 * does not answer yet.
 */
public record KnowledgeSearchMissed(UUID searchId, String query, String language, Instant at) {

	@Override
	public String toString() {
		return "KnowledgeSearchMissed[" + this.searchId + " " + this.language + "]";
	}

}
