package io.yordam.common;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The full-text index follows every write on its own; this rebuilds it from the database
 * when asked ({@code yordam.search.reindex-on-start=true}): after restoring a backup, on
 * a database filled outside Yordam (the benchmark's generator), or after an analysis
 * change.
 */
@Component
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	private final boolean reindexOnStart;

	SearchIndex(EntityManagerFactory entityManagerFactory,
			@Value("${yordam.search.reindex-on-start:false}") boolean reindexOnStart) {
		this.entityManagerFactory = entityManagerFactory;
		this.reindexOnStart = reindexOnStart;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (this.reindexOnStart) {
			rebuild();
		}
	}

	/** Rebuilds every index from the database; blocks until done. */
	public void rebuild() {
		long started = System.nanoTime();
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(500)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Reindexing interrupted", ex);
		}
		log.info("Search index rebuilt in {} s", (System.nanoTime() - started) / 1_000_000_000);
	}

}
