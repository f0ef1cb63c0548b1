package io.yordam.common;

import java.util.Map;

import org.slf4j.MDC;

/**
 * The ids a log line is about, kept in the logging MDC under fixed keys: the structured
 * (JSON) logs carry them as fields, so that everything about one conversation, ticket or
 * order is found together across nodes. They are set at the edges (the HTTP handlers, the
 * platform's events, the event listeners) and put back as they were when the scope
 * closes, so a pooled thread carries nothing into its next task.
 */
public final class LogContext {

	public static final String CONVERSATION = "conversationId";

	public static final String TICKET = "ticketId";

	public static final String ORDER = "orderId";

	private LogContext() {
	}

	/** The id under the key until the scope closes; a null id changes nothing. */
	public static Scope with(String key, Object id) {
		if (id == null) {
			return () -> {
			};
		}
		String previous = MDC.get(key);
		MDC.put(key, id.toString());
		return () -> {
			if (previous == null) {
				MDC.remove(key);
			}
			else {
				MDC.put(key, previous);
			}
		};
	}

	/**
	 * The task with the submitting thread's ids: an event listener that runs after the
	 * request's commit, on a thread of its own, logs about the same conversation.
	 */
	public static Runnable carry(Runnable task) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		if (context == null || context.isEmpty()) {
			return task;
		}
		return () -> {
			Map<String, String> previous = MDC.getCopyOfContextMap();
			MDC.setContextMap(context);
			try {
				task.run();
			}
			finally {
				if (previous == null) {
					MDC.clear();
				}
				else {
					MDC.setContextMap(previous);
				}
			}
		};
	}

	/** A scope that closes without checked exceptions. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
