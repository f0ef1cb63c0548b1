package io.yordam.demo;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.client.RestClientResponseException;

/**
 * Sends the platform's calls to Yordam one at a time, in the order they were made, off
 * the caller's thread: the events of one order must arrive in sequence, and a webhook
 * call must not wait on an event about the very order the caller is still working on.
 */
final class DemoOutbox implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DemoOutbox.class);

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("demo-platform").daemon().factory());

	/** Runs the call later; a failure is logged and never reaches the caller. */
	void submit(String what, Runnable call) {
		try {
			this.executor.execute(() -> run(what, call));
		}
		catch (RejectedExecutionException ex) {
			log.debug("Demo platform is shutting down; dropped: {}", what);
		}
	}

	static void run(String what, Runnable call) {
		try {
			call.run();
		}
		catch (RestClientResponseException ex) {
			log.warn("Demo platform could not {}: {} {}", what, ex.getStatusCode(), ex.getResponseBodyAsString());
		}
		catch (RuntimeException ex) {
			log.warn("Demo platform could not {}: {}", what, ex.toString());
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
