package io.yordam.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs a Spring test on the OpenSearch backend ({@link OpenSearchServer}), with indexes
 * of its own, as one node: no outbox, and a write waits until OpenSearch shows it, so
 * that the search tests written for Lucene run unchanged and prove the same analysis on
 * both backends. The outbox between nodes is proven by {@code OpenSearchClusterTests}.
 * Use with {@code @ContextConfiguration(initializers = OnOpenSearch.class)}; the test
 * classes that do share one context.
 */
public class OnOpenSearch implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("yordam-opensearch",
					Map.of("yordam.search.backend", "opensearch", "yordam.search.opensearch.url",
							OpenSearchServer.url(), "yordam.search.opensearch.index-prefix", OpenSearchServer.prefix(),
							"spring.jpa.properties.hibernate.search.coordination.strategy", "none",
							"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "sync")));
	}

}
