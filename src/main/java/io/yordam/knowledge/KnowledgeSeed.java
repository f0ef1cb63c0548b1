package io.yordam.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The knowledge base starts with the articles every delivery service needs
 * ({@code kb/seed.json}: fees, zones, hours, payment, promo codes, bonuses, refunds,
 * compensation, and what to tell a customer whose order is late, incomplete, damaged or
 * wrong), written through the editor's own path so they are indexed and have a history.
 * An article the seed gained later is added to a knowledge base seeded before; one that
 * exists (even archived: nothing is deleted) is left as its editors made it.
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
		try (InputStream in = new ClassPathResource("kb/seed.json").getInputStream()) {
			List<Seeded> seeded = this.mapper.readValue(in, new TypeReference<List<Seeded>>() {
			});
			for (Seeded s : seeded) {
				if (this.knowledgeBase.exists(s.slug())) {
					continue;
				}
				try {
					this.knowledgeBase.saveDraft(s.slug(), s.category(), new ArticleContent(s.ru(), s.uz(), s.en()),
							"Yordam");
					this.knowledgeBase.publish(s.slug(), "Yordam");
				}
				catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
					// Another node starting at the same moment seeded it.
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
