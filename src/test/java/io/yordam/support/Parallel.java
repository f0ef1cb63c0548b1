package io.yordam.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fires requests at once, as far as the machine allows: every limit and every "exactly
 * once" is proven by racing competing requests and counting what was written.
 */
public final class Parallel {

	private Parallel() {
	}

	/**
	 * Runs the calls together (released by one latch) and collects their answers in
	 * order.
	 */
	public static <T> List<T> all(List<Callable<T>> calls) throws Exception {
		List<T> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
		}
		return results;
	}

}
