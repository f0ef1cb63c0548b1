package io.yordam.common;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A listener that fails gets the event again, until it succeeds; nothing is lost, nothing
 * doubled.
 */
@YordamTest
@TestPropertySource(properties = { "yordam.events.redelivery.interval=PT1S", "yordam.events.redelivery.min-age=PT0S" })
class EventRedeliveryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FlakyListener listener;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFailedListenerGetsTheEventAgainUntilItSucceeds() {
		String id = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new Probe(id)));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.succeeded() == 1);
		assertThat(this.listener.attempts()).isEqualTo(3);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where serialized_event like ?", Integer.class,
					"%" + id + "%") == 0);
		assertThat(this.listener.succeeded()).isEqualTo(1);
	}

	record Probe(String id) {
	}

	static class FlakyListener {

		final AtomicInteger attempts = new AtomicInteger();

		final AtomicInteger succeeded = new AtomicInteger();

		// Read through methods: the bean is a proxy (for @Async), and a proxy's own
		// fields are empty.
		public int attempts() {
			return this.attempts.get();
		}

		public int succeeded() {
			return this.succeeded.get();
		}

		@Durable
		@Async
		@TransactionalEventListener
		void on(Probe probe) {
			if (this.attempts.incrementAndGet() < 3) {
				throw new IllegalStateException("the downstream system is away (attempt " + this.attempts + ")");
			}
			this.succeeded.incrementAndGet();
		}

	}

	@TestConfiguration
	static class Config {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

	}

}
