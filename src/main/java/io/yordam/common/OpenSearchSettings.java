package io.yordam.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the OpenSearch backend ({@code yordam.search.backend=opensearch}) finds its
 * cluster.
 *
 * @param url one or more URLs, comma-separated ({@code http://opensearch:9200})
 * @param username basic authentication, when the cluster asks for it
 * @param password its password
 * @param indexPrefix put before every index name, so that installations can share a
 * cluster
 */
@ConfigurationProperties("yordam.search.opensearch")
record OpenSearchSettings(@DefaultValue("http://localhost:9200") String url, @DefaultValue("") String username,
		@DefaultValue("") String password, @DefaultValue("yordam-") String indexPrefix) {
}
