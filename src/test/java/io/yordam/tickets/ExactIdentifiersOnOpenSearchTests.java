package io.yordam.tickets;

import io.yordam.support.OnOpenSearch;
import org.junit.jupiter.api.Tag;

import org.springframework.test.context.ContextConfiguration;

/**
 * Exact identifiers before words on the OpenSearch backend, as on Lucene
 * ({@link ExactIdentifiersComeFirstHttpTests}).
 */
@Tag("opensearch")
@ContextConfiguration(initializers = OnOpenSearch.class)
class ExactIdentifiersOnOpenSearchTests extends ExactIdentifiersComeFirstHttpTests {

}
