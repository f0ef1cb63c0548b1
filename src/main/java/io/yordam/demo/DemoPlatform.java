package io.yordam.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The simulated delivery service at work: a new order every few seconds, every order a
 * step further on each tick, and the occasional customer writing to support. It starts
 * once the application is ready, because it talks to Yordam over HTTP.
 */
final class DemoPlatform {

	private static final Logger log = LoggerFactory.getLogger(DemoPlatform.class);

	/** Orders already under way when the demo opens, so that the board is not empty. */
	static final int WARM_START = 6;

	/** How long finished orders stay visible in the demo app. */
	static final Duration RETENTION = Duration.ofHours(6);

	/** Some customers order more often, so that the demo page always has something. */
	static final double FEATURED_SHARE = 0.4;

	private final DemoWorld world;

	private final DemoOrderBook book;

	private final OrderLifecycle lifecycle;

	private final CustomerVoice voice;

	private final Clock clock;

	private final Random random = new Random();

	private volatile boolean running;

	private Instant nextOrderAt = Instant.MIN;

	DemoPlatform(DemoWorld world, DemoOrderBook book, OrderLifecycle lifecycle, CustomerVoice voice, Clock clock) {
		this.world = world;
		this.book = book;
		this.lifecycle = lifecycle;
		this.voice = voice;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!this.book.canReachYordam()) {
			log.info("Demo platform: no web server, so no simulated orders");
			return;
		}
		for (int i = 0; i < WARM_START; i++) {
			spawn();
		}
		this.nextOrderAt = this.clock.instant();
		this.running = true;
	}

	@Scheduled(fixedDelayString = "${yordam.demo.tick:3s}", initialDelayString = "${yordam.demo.tick:3s}")
	void tick() {
		if (!this.running) {
			return;
		}
		try {
			Instant now = this.clock.instant();
			spawnDue(now);
			for (DemoOrder order : this.book.active()) {
				this.lifecycle.step(order).ifPresent(step -> {
					this.book.publish(step);
					this.voice.heard(step);
				});
			}
			this.voice.speak(now);
			this.book.forgetFinishedBefore(now.minus(RETENTION));
		}
		catch (RuntimeException ex) {
			log.warn("Demo platform tick failed", ex);
		}
	}

	private void spawnDue(Instant now) {
		if (this.nextOrderAt.isBefore(now.minusSeconds(30))) {
			// After a pause (a laptop asleep) carry on, not catch up.
			this.nextOrderAt = now;
		}
		while (!now.isBefore(this.nextOrderAt)) {
			spawn();
			this.nextOrderAt = this.nextOrderAt.plusSeconds(3 + this.random.nextInt(6));
		}
	}

	private void spawn() {
		List<DemoWorld.Customer> from = (this.random.nextDouble() < FEATURED_SHARE) ? this.world.featured()
				: this.world.customers();
		this.book.open(from.get(this.random.nextInt(from.size())));
	}

}
