package io.yordam.conversations;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.yordam.common.EventBacklog;

import org.springframework.stereotype.Component;

/**
 * The admission policy of customer sends: at most {@code max-in-flight} at once on this
 * node; past that a send is shed at the door (429 with Retry-After) before it reads or
 * writes anything, instead of queueing without bound for a connection and a core. A
 * permit is taken with one {@code tryAcquire}, never by reading a count and then writing
 * it, so a burst can't overshoot the limit. A send is shed too while the work handed over
 * after commit (live broadcasts, the bot's answers) has piled up past
 * {@code max-backlog}: accepting more would only make every delivery later. The sender
 * retries with the same clientMessageId, which the chat stores exactly once.
 */
@Component
class SendAdmission {

	private final Semaphore permits;

	private final int limit;

	private final Duration retryAfter;

	private final EventBacklog backlog;

	private final int maxBacklog;

	private final AtomicLong shed = new AtomicLong();

	SendAdmission(AdmissionProperties properties, EventBacklog backlog) {
		this.limit = properties.maxInFlight();
		this.permits = new Semaphore(this.limit);
		this.retryAfter = properties.retryAfter();
		this.backlog = backlog;
		this.maxBacklog = properties.maxBacklog();
	}

	/**
	 * A permit to close when the send is done (in a try-with-resources), or a refusal.
	 */
	Permit enter() {
		if (this.backlog.queued() > this.maxBacklog || !this.permits.tryAcquire()) {
			this.shed.incrementAndGet();
			throw new Shed(this.retryAfter);
		}
		return new Permit(this.permits);
	}

	int inFlight() {
		return this.limit - this.permits.availablePermits();
	}

	long shedSoFar() {
		return this.shed.get();
	}

	/** Released once, however often closed: a double close never lends a permit. */
	static final class Permit implements AutoCloseable {

		private final Semaphore permits;

		private final AtomicBoolean released = new AtomicBoolean();

		private Permit(Semaphore permits) {
			this.permits = permits;
		}

		@Override
		public void close() {
			if (this.released.compareAndSet(false, true)) {
				this.permits.release();
			}
		}

	}

	/** The node is at its limit: answered 429 with Retry-After. */
	static final class Shed extends RuntimeException {

		private final Duration retryAfter;

		Shed(Duration retryAfter) {
			super("overloaded", null, false, false);
			this.retryAfter = retryAfter;
		}

		/** Whole seconds, as the Retry-After header counts them, at least 1. */
		long retryAfterSeconds() {
			return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
		}

	}

}
