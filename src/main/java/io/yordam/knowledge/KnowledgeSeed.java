package io.yordam.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * An empty knowledge base starts with the articles every delivery service needs
 * ({@code kb/seed.json}: fees, zones, hours, payment, promo codes, bonuses, refunds,
 * compensation), written through the editor's own path so they are indexed and have a
 * history.
 */
@Component
class KnowledgeSeed {

	private final KnowledgeBase knowledgeBase;

	private final ObjectMapper mapper;

	KnowledgeSeed(KnowledgeBase knowledgeBase, ObjectMapper mapper) {
		this.knowledgeBase = knowledgeBase;
		this.mapper = mapper;
	}

	record Seeded(String slug, String category, ArticleContent.Text ru, ArticleContent.Text uz,
			ArticleContent.Text en) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		if (this.knowledgeBase.count() > 0) {
			return;
		}
		try (InputStream in = new ClassPathResource("kb/seed.json").getInputStream()) {
			List<Seeded> seeded = this.mapper.readValue(in, new TypeReference<List<Seeded>>() {
			});
			for (Seeded s : seeded) {
				this.knowledgeBase.saveDraft(s.slug(), s.category(), new ArticleContent(s.ru(), s.uz(), s.en()),
						"Yordam");
				this.knowledgeBase.publish(s.slug(), "Yordam");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
