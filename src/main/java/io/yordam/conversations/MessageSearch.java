package io.yordam.conversations;

import java.util.List;

import io.yordam.common.SearchAnalysis;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over every message: Russian and English word forms, and the
 * script-folded form with one typo allowed (see {@link SearchAnalysis}).
 */
@Component
class MessageSearch {

	@PersistenceContext
	private EntityManager entityManager;

	@Transactional(readOnly = true)
	List<MessageHit> search(String query, int limit) {
		return Search.session(this.entityManager)
			.search(Message.class)
			.where(f -> f.bool()
				.should(f.match().field("text_ru").matching(query).boost(2.0f))
				.should(f.match().field("text_en").matching(query).boost(1.5f))
				.should(f.match().field("text_folded").matching(query).fuzzy(1, 1)))
			.fetchHits(limit)
			.stream()
			.map(Message::hit)
			.toList();
	}

}
