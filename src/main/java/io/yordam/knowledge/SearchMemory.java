package io.yordam.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recent searches and their hits, the least recently asked forgotten first. Forgetting
 * starts a new generation: a search that began before a change stores its answer in the
 * old one, which nobody reads any more, so an answer read from the index before a change
 * is never served after it. The index takes a change from the outbox shortly after its
 * commit (ADR 011), so for {@link #SETTLING} after a change nothing is remembered: an
 * answer read in that gap is served once, not for a minute.
 */
final class SearchMemory {

	/** Distinct questions kept: a few hundred kilobytes of titles and excerpts. */
	static final int SIZE = 2_000;

	/**
	 * The longest an answer is kept: with an index shared by several nodes, another
	 * node's edit is seen within this.
	 */
	static final Duration KEPT = Duration.ofMinutes(1);

	/**
	 * How long after a change answers are not kept: the outbox's agent polls every 100 ms
	 * and indexes a change within a second even under the storm's load
	 * (docs/performance.md).
	 */
	static final Duration SETTLING = Duration.ofSeconds(10);

	private final Clock clock;

	private volatile Instant settlesAt = Instant.MIN;

	private volatile Generation current = new Generation();

	SearchMemory(Clock clock) {
		this.clock = clock;
	}

	record Key(String query, String lang, int limit) {
	}

	List<KnowledgeBase.Hit> answer(Key key, Supplier<List<KnowledgeBase.Hit>> search) {
		Generation generation = this.current;
		Instant now = this.clock.instant();
		Kept kept = generation.get(key);
		if (kept != null && kept.at().plus(KEPT).isAfter(now)) {
			return kept.hits();
		}
		List<KnowledgeBase.Hit> hits = List.copyOf(search.get());
		if (!now.isBefore(this.settlesAt)) {
			generation.put(key, new Kept(hits, now));
		}
		return hits;
	}

	void forget() {
		this.settlesAt = this.clock.instant().plus(SETTLING);
		this.current = new Generation();
	}

	private record Kept(List<KnowledgeBase.Hit> hits, Instant at) {
	}

	private static final class Generation {

		private final Map<Key, Kept> entries = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
				return size() > SIZE;
			}
		};

		synchronized Kept get(Key key) {
			return this.entries.get(key);
		}

		synchronized void put(Key key, Kept kept) {
			this.entries.put(key, kept);
		}

	}

}
