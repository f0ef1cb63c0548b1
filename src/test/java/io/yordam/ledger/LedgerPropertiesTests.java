package io.yordam.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.yordam.common.Money;
import io.yordam.common.RuleViolationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's invariants over random sequences of postings (with repeated keys, as
 * retries and double clicks make them) and reversals: every transaction sums to zero, a
 * key pays once, a transaction is reversed at most once, and a customer's balance is the
 * sum of what was posted to them minus what was reversed.
 */
class LedgerPropertiesTests {

	sealed interface Step {

	}

	record Post(String key, String customer, PostingKind kind, long amount) implements Step {
	}

	record Reverse(int which) implements Step {
	}

	@Provide
	Arbitrary<List<Step>> steps() {
		Arbitrary<Step> post = Combinators
			.combine(Arbitraries.integers().between(0, 12).map(i -> "key-" + i), Arbitraries.of("c-1", "c-2", "c-3"),
					Arbitraries.of(PostingKind.class), Arbitraries.longs().between(1, 200_000))
			.as(Post::new);
		Arbitrary<Step> reverse = Arbitraries.integers().between(0, 30).map(Reverse::new);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, post), net.jqwik.api.Tuple.of(1, reverse))
			.list()
			.ofMaxSize(60);
	}

	@Property(tries = 300)
	void moneyIsNeitherLostNorDoubled(@ForAll("steps") List<Step> steps) {
		MapStore store = new MapStore();
		LedgerBook book = new LedgerBook(store);
		Instant now = Instant.parse("2026-11-23T10:00:00Z");
		// What the model says each customer's bonus account should hold.
		Map<String, Post> paid = new HashMap<>();
		for (Step step : steps) {
			switch (step) {
				case Post p -> {
					Posting posting = new Posting(p.key(), p.kind(), p.customer(), Money.som(p.amount()), null,
							LedgerActor.system(), "property");
					Post first = paid.get(p.key());
					try {
						LedgerTransaction t = book.post(posting, now);
						if (first == null) {
							paid.put(p.key(), p);
						}
						else {
							// A retry returns the first transaction, never a second one.
							assertThat(first.customer()).isEqualTo(p.customer());
							assertThat(first.amount()).isEqualTo(p.amount());
							assertThat(t.idempotencyKey()).isEqualTo(p.key());
						}
					}
					catch (RuleViolationException ex) {
						assertThat(first).isNotNull();
						assertThat(ex.rule()).isEqualTo("ledger-key-reused");
					}
				}
				case Reverse r -> {
					List<LedgerTransaction> all = store.all();
					if (!all.isEmpty()) {
						LedgerTransaction target = all.get(r.which() % all.size());
						try {
							book.reverse(target.getId(), LedgerActor.system(), "property", now);
							book.reverse(target.getId(), LedgerActor.system(), "again", now);
						}
						catch (RuleViolationException ex) {
							assertThat(target.isReversal()).isTrue();
						}
					}
				}
			}
		}
		List<LedgerTransaction> all = store.all();
		assertThat(all).allSatisfy(t -> assertThat(t.balance()).isZero());
		assertThat(all.stream().map(LedgerTransaction::idempotencyKey).distinct().count()).isEqualTo(all.size());
		assertThat(all.stream()
			.filter(LedgerTransaction::isReversal)
			.map(LedgerTransaction::reversesId)
			.distinct()
			.count()).isEqualTo(all.stream().filter(LedgerTransaction::isReversal).count());
		for (String customer : List.of("c-1", "c-2", "c-3")) {
			String account = PostingKind.bonusAccount(customer);
			long entries = all.stream()
				.flatMap(t -> t.entries().stream())
				.filter(e -> e.account().equals(account))
				.mapToLong(LedgerTransaction.Entry::amount)
				.sum();
			long expected = 0;
			for (Post p : paid.values()) {
				if (p.customer().equals(customer) && p.kind() == PostingKind.BONUS_CREDIT) {
					LedgerTransaction original = store.byKey(p.key()).orElseThrow();
					boolean reversed = store.byKey(LedgerTransaction.reversalKey(original.getId())).isPresent();
					expected += reversed ? 0 : p.amount();
				}
			}
			assertThat(entries).as(customer).isEqualTo(expected);
			assertThat(entries).isNotNegative();
		}
	}

	/** The ledger's storage as a map, insertion-ordered. */
	static final class MapStore implements LedgerBook.Store {

		private final Map<String, LedgerTransaction> byKey = new HashMap<>();

		private final Map<UUID, LedgerTransaction> byId = new HashMap<>();

		private final List<LedgerTransaction> inOrder = new ArrayList<>();

		@Override
		public Optional<LedgerTransaction> byKey(String idempotencyKey) {
			return Optional.ofNullable(this.byKey.get(idempotencyKey));
		}

		@Override
		public Optional<LedgerTransaction> byId(UUID id) {
			return Optional.ofNullable(this.byId.get(id));
		}

		@Override
		public LedgerTransaction add(LedgerTransaction transaction) {
			if (this.byKey.putIfAbsent(transaction.idempotencyKey(), transaction) != null) {
				throw new IllegalStateException("unique key violated");
			}
			this.byId.put(transaction.getId(), transaction);
			this.inOrder.add(transaction);
			return transaction;
		}

		List<LedgerTransaction> all() {
			return List.copyOf(this.inOrder);
		}

	}

}
