package io.yordam.common;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses Hibernate Search's backend from {@code yordam.search.backend} (ADR 007):
 * {@code lucene}, the default, an index inside this node, for one node; or
 * {@code opensearch}, one index for every node. Both are fed through Hibernate Search's
 * {@code outbox-polling} coordination (ADR 011): a write commits its index update as a
 * row of {@code hsearch_outbox_event} in the same transaction, and an agent indexes it in
 * the background, so a commit never waits for the index and a node that dies after a
 * commit loses no index update. Hibernate properties set explicitly
 * ({@code spring.jpa.properties.hibernate.search...}) win over these choices, except the
 * backend's type.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenSearchSettings.class)
class SearchBackend implements HibernatePropertiesCustomizer {

	static final String LUCENE = "lucene";

	static final String OPENSEARCH = "opensearch";

	private final String backend;

	private final OpenSearchSettings openSearch;

	SearchBackend(@Value("${yordam.search.backend:lucene}") String backend, OpenSearchSettings openSearch) {
		this.backend = backend.strip().toLowerCase(Locale.ROOT);
		this.openSearch = openSearch;
		if (!LUCENE.equals(this.backend) && !OPENSEARCH.equals(this.backend)) {
			throw new IllegalStateException(
					"yordam.search.backend must be lucene or opensearch, not '" + backend + "'");
		}
	}

	@Override
	public void customize(Map<String, Object> properties) {
		if (LUCENE.equals(this.backend)) {
			properties.put("hibernate.search.backend.type", "lucene");
			properties.putIfAbsent("hibernate.search.backend.analysis.configurer",
					"class:" + SearchAnalysis.class.getName());
			// Through the outbox too (ADR 011): without it every commit waited for
			// Lucene's
			// own commit to disk, the chat path's largest wait under load.
			properties.putIfAbsent("hibernate.search.coordination.strategy", "outbox-polling");
			return;
		}
		properties.keySet().removeIf(key -> key.startsWith("hibernate.search.backend.directory."));
		properties.put("hibernate.search.backend.type", "elasticsearch");
		properties.putIfAbsent("hibernate.search.backend.analysis.configurer",
				"class:" + OpenSearchAnalysis.class.getName());
		properties.putIfAbsent("hibernate.search.backend.uris", this.openSearch.url());
		if (!this.openSearch.username().isBlank()) {
			properties.putIfAbsent("hibernate.search.backend.username", this.openSearch.username());
			properties.putIfAbsent("hibernate.search.backend.password", this.openSearch.password());
		}
		properties.putIfAbsent("hibernate.search.backend.layout.strategy",
				new PrefixedIndexLayout(this.openSearch.indexPrefix()));
		properties.putIfAbsent("hibernate.search.coordination.strategy", "outbox-polling");
	}

	/** True when every node shares one index (the OpenSearch backend). */
	boolean shared() {
		return OPENSEARCH.equals(this.backend);
	}

}
