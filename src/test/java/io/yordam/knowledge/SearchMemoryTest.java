package io.yordam.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.yordam.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search's memory: repeated questions once, and never an answer from before a change.
 */
class SearchMemoryTest {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));

	final SearchMemory memory = new SearchMemory(this.clock);

	final AtomicInteger searches = new AtomicInteger();

	Supplier<List<KnowledgeBase.Hit>> finding(String slug) {
		return () -> {
			this.searches.incrementAndGet();
			return List.of(new KnowledgeBase.Hit(slug, "DELIVERY", "Title", "Excerpt"));
		};
	}

	@Test
	void theSameQuestionIsSearchedOncePerLanguageAndLimit() {
		var key = new SearchMemory.Key("где мой заказ", "ru", 1);
		assertThat(this.memory.answer(key, finding("a"))).extracting(KnowledgeBase.Hit::slug).containsExactly("a");
		assertThat(this.memory.answer(key, finding("b"))).extracting(KnowledgeBase.Hit::slug).containsExactly("a");
		assertThat(this.searches).hasValue(1);
		this.memory.answer(new SearchMemory.Key("где мой заказ", "uz", 1), finding("c"));
		this.memory.answer(new SearchMemory.Key("где мой заказ", "ru", 5), finding("d"));
		assertThat(this.searches).hasValue(3);
	}

	@Test
	void aChangeForgetsEveryAnswer() {
		var key = new SearchMemory.Key("refund", "en", 1);
		this.memory.answer(key, finding("old"));
		this.memory.forget();
		assertThat(this.memory.answer(key, finding("new"))).extracting(KnowledgeBase.Hit::slug).containsExactly("new");
	}

	@Test
	void rightAfterAChangeAnswersAreNotKeptWhileTheIndexCatchesUp() {
		var key = new SearchMemory.Key("refund", "en", 1);
		this.memory.forget();
		// The outbox has not indexed the change yet: this answer is served, not kept.
		assertThat(this.memory.answer(key, finding("before-indexing"))).extracting(KnowledgeBase.Hit::slug)
			.containsExactly("before-indexing");
		assertThat(this.memory.answer(key, finding("indexed"))).extracting(KnowledgeBase.Hit::slug)
			.containsExactly("indexed");
		this.clock.advance(SearchMemory.SETTLING);
		this.memory.answer(key, finding("settled"));
		assertThat(this.memory.answer(key, finding("later"))).extracting(KnowledgeBase.Hit::slug)
			.containsExactly("settled");
	}

	@Test
	void aSearchThatStartedBeforeAChangeIsNotKeptAfterIt() {
		var key = new SearchMemory.Key("refund", "en", 1);
		// The change commits while the search is reading the old index.
		this.memory.answer(key, () -> {
			this.memory.forget();
			return List.of(new KnowledgeBase.Hit("old", "PAYMENT", "Title", "Excerpt"));
		});
		assertThat(this.memory.answer(key, finding("new"))).extracting(KnowledgeBase.Hit::slug).containsExactly("new");
	}

	@Test
	void anAnswerIsKeptAtMostAMinute() {
		var key = new SearchMemory.Key("bonus", "uz", 1);
		this.memory.answer(key, finding("a"));
		this.clock.advance(SearchMemory.KEPT.minus(Duration.ofSeconds(1)));
		assertThat(this.memory.answer(key, finding("b"))).extracting(KnowledgeBase.Hit::slug).containsExactly("a");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.memory.answer(key, finding("b"))).extracting(KnowledgeBase.Hit::slug).containsExactly("b");
	}

	@Test
	void theLeastRecentlyAskedAreForgottenFirst() {
		var first = new SearchMemory.Key("q0", "ru", 1);
		this.memory.answer(first, finding("first"));
		for (int i = 1; i <= SearchMemory.SIZE; i++) {
			if (i == SearchMemory.SIZE / 2) {
				// Asked again: now among the most recent.
				this.memory.answer(first, finding("again"));
			}
			this.memory.answer(new SearchMemory.Key("q" + i, "ru", 1), finding("x"));
		}
		int before = this.searches.get();
		this.memory.answer(first, finding("again"));
		this.memory.answer(new SearchMemory.Key("q1", "ru", 1), finding("x"));
		assertThat(this.searches.get() - before).as("q0 kept, q1 forgotten").isEqualTo(1);
	}

}
