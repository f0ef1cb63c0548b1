package io.yordam.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's default OpenSearch layout (an index {@code ticket-000001} behind the
 * aliases {@code ticket-write} and {@code ticket-read}, so that a rebuild can swap
 * indexes), with a prefix of the installation's own: several Yordams, or several test
 * contexts, share one OpenSearch cluster without reading each other's tickets.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

	private static final Pattern GENERATION = Pattern.compile("(.*)-\\d{6}");

	private final String prefix;

	PrefixedIndexLayout(String prefix) {
		this.prefix = prefix;
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName;
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		Matcher generation = GENERATION.matcher(elasticsearchIndexName);
		return generation.matches() ? generation.group(1) : elasticsearchIndexName;
	}

}
