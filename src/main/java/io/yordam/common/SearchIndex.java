package io.yordam.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * when asked ({@code yordam.search.reindex-on-start=true}): after restoring a backup, or
 * on a database filled outside Yordam (the benchmark's generator). It also rebuilds an
 * index on disk built with another analysis ({@link SearchAnalysis#VERSION}, written
 * beside the index as {@code analysis-version}): a changed analyzer reads queries
 * differently from what the old index holds, and Hibernate Search does not notice.
 */
@Component
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	static final String MARKER = "analysis-version";

	private final EntityManagerFactory entityManagerFactory;

	private final boolean reindexOnStart;

	/** The index's directory on disk; none for an index in memory (tests). */
	private final Path directory;

	SearchIndex(EntityManagerFactory entityManagerFactory,
			@Value("${yordam.search.reindex-on-start:false}") boolean reindexOnStart,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directoryType,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String directoryRoot,
			SearchBackend backend) {
		this.entityManagerFactory = entityManagerFactory;
		this.reindexOnStart = reindexOnStart;
		// OpenSearch's index is no directory of this node's (an analysis change there
		// needs a rebuild by hand, docs/deploy.md).
		boolean onDisk = !backend.shared() && "local-filesystem".equals(directoryType) && !directoryRoot.isBlank();
		this.directory = onDisk ? Path.of(directoryRoot) : null;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		String builtWith = builtWith();
		String current = String.valueOf(SearchAnalysis.VERSION);
		boolean stale = this.directory != null && !current.equals(builtWith);
		if (stale) {
			log.info("Search index built with analysis {}, now {}: rebuilding", builtWith, current);
		}
		if (this.reindexOnStart || stale) {
			rebuild();
		}
		if (this.directory != null && !current.equals(builtWith)) {
			write(current);
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

	private String builtWith() {
		if (this.directory == null) {
			return null;
		}
		Path marker = this.directory.resolve(MARKER);
		try {
			return Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : "none";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(String version) {
		try {
			Files.createDirectories(this.directory);
			Files.writeString(this.directory.resolve(MARKER), version + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
