package io.yordam.common;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

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
public class EventExecution implements AsyncConfigurer {

	/**
	 * The executor of live broadcasts, apart so that they never queue behind slower
	 * listeners.
	 */
	public static final String LIVE = "liveEvents";

	private final int concurrency;

	private volatile ThreadPoolTaskExecutor listeners;

	EventExecution(@Value("${yordam.events.concurrency:6}") int concurrency) {
		this.concurrency = concurrency;
	}

	@Bean(LIVE)
	ThreadPoolTaskExecutor liveEvents() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("live-");
		executor.setCorePoolSize(4);
		executor.setMaxPoolSize(4);
		executor.setTaskDecorator(LogContext::carry);
		return executor;
	}

	@Override
	public Executor getAsyncExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("event-");
		executor.setCorePoolSize(this.concurrency);
		executor.setMaxPoolSize(this.concurrency);
		// The listener logs with the ids of the request (or listener) that published.
		executor.setTaskDecorator(LogContext::carry);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		executor.initialize();
		this.listeners = executor;
		return executor;
	}

	/**
	 * The work handed over after commit and not yet started: live broadcasts and
	 * listeners (the bot's answers among them). Admission reads it to shed sends before
	 * these queues grow without bound.
	 */
	@Bean
	EventBacklog eventBacklog(
			@org.springframework.beans.factory.annotation.Qualifier(LIVE) ThreadPoolTaskExecutor live) {
		return () -> queued(live) + queued(this.listeners);
	}

	private static int queued(ThreadPoolTaskExecutor executor) {
		try {
			return (executor != null) ? executor.getThreadPoolExecutor().getQueue().size() : 0;
		}
		catch (IllegalStateException notYetInitialized) {
			return 0;
		}
	}

}
