package io.yordam.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index on disk built with another analysis is rebuilt on start, once; an index in
 * memory never needs it.
 */
class SearchIndexTests {

	@TempDir
	Path directory;

	final AtomicInteger rebuilds = new AtomicInteger();

	SearchIndex index(String type, boolean reindexOnStart) {
		return new SearchIndex(null, reindexOnStart, type, this.directory.toString(), lucene()) {
			@Override
			public void rebuild() {
				SearchIndexTests.this.rebuilds.incrementAndGet();
			}
		};
	}

	static SearchBackend lucene() {
		return new SearchBackend("lucene", new OpenSearchSettings("http://localhost:9200", "", "", "yordam-"));
	}

	@Test
	void anIndexBuiltBeforeTheAnalysisChangedIsRebuiltOnce() throws Exception {
		index("local-filesystem", false).onStart();
		assertThat(this.rebuilds).hasValue(1);
		assertThat(Files.readString(this.directory.resolve(SearchIndex.MARKER)).strip())
			.isEqualTo(String.valueOf(SearchAnalysis.VERSION));
		index("local-filesystem", false).onStart();
		assertThat(this.rebuilds).hasValue(1);

		Files.writeString(this.directory.resolve(SearchIndex.MARKER), "1\n");
		index("local-filesystem", false).onStart();
		assertThat(this.rebuilds).hasValue(2);
	}

	@Test
	void askingStillRebuildsAndAnIndexInMemoryNeverNeedsIt() {
		index("local-heap", false).onStart();
		assertThat(this.rebuilds).hasValue(0);
		assertThat(this.directory.resolve(SearchIndex.MARKER)).doesNotExist();
		index("local-filesystem", false).onStart();
		index("local-filesystem", true).onStart();
		assertThat(this.rebuilds).hasValue(2);
	}

}
