package io.yordam.common;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Event listeners run after commit on their own threads. They get an executor of their
 * own: with the WebSocket executors in the context, {@code @Async} would otherwise fall
 * back to a new platform thread per event, unbounded. Virtual threads, at most
 * {@code yordam.events.concurrency} at once (a little above the connection pool); a burst
 * waits for a free slot instead of piling up.
 */
@EnableAsync
@EnableScheduling
@Configuration(proxyBeanMethods = false)
class EventExecution implements AsyncConfigurer {

	private final int concurrency;

	EventExecution(@Value("${yordam.events.concurrency:16}") int concurrency) {
		this.concurrency = concurrency;
	}

	@Override
	public Executor getAsyncExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("event-");
		executor.setVirtualThreads(true);
		executor.setConcurrencyLimit(this.concurrency);
		return executor;
	}

}
