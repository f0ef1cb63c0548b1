package io.yordam.knowledge;

import io.yordam.support.OnOpenSearch;
import org.junit.jupiter.api.Tag;

import org.springframework.test.context.ContextConfiguration;

/**
 * The knowledge base's search on the OpenSearch backend: Russian, Uzbek in both scripts
 * with its word endings, English with typos, as on Lucene
 * ({@link KnowledgeBaseHttpTests}); the tests that search nothing are proven once, there.
 */
@Tag("opensearch")
@ContextConfiguration(initializers = OnOpenSearch.class)
class KnowledgeSearchOnOpenSearchTests extends KnowledgeBaseHttpTests {

	@Override
	void theSeedIsThereInEveryLanguage() {
		// Not a test here: nothing searched (overriding drops the inherited @Test).
	}

	@Override
	void readersSayWhetherItHelped() {
		// Not a test here, as above.
	}

	@Override
	void helpfulVotesAreOnePerReaderAndArticleEvenInParallel() {
		// Not a test here, as above.
	}

	@Override
	void adminsDraftAndPublishWithHistory() {
		// Not a test here, as above.
	}

}
