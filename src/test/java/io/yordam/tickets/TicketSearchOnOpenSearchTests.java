package io.yordam.tickets;

import io.yordam.support.OnOpenSearch;
import org.junit.jupiter.api.Tag;

import org.springframework.test.context.ContextConfiguration;

/**
 * The desk's search on the OpenSearch backend: the same word forms, scripts, typos and
 * names as on Lucene ({@link TicketSearchHttpTests}).
 */
@Tag("opensearch")
@ContextConfiguration(initializers = OnOpenSearch.class)
class TicketSearchOnOpenSearchTests extends TicketSearchHttpTests {

	@Override
	void searchIsForOperatorsAndWantsAQuery() {
		// Validation and access do not depend on the backend: proven once, on Lucene.
	}

}
