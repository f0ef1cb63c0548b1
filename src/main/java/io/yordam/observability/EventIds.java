package io.yordam.observability;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import io.yordam.common.LogContext;

/**
 * Which ids an event carries, by the names every event of the desk uses for them: a
 * {@code conversationId()}, {@code ticketId()} or {@code orderId()} accessor. Found once
 * per event type.
 */
final class EventIds {

	private static final String[][] ACCESSORS = { { "conversationId", LogContext.CONVERSATION },
			{ "ticketId", LogContext.TICKET }, { "orderId", LogContext.ORDER } };

	private static final ClassValue<EventIds> CACHE = new ClassValue<>() {
		@Override
		protected EventIds computeValue(Class<?> type) {
			return new EventIds(type);
		}
	};

	private final List<Method> accessors = new ArrayList<>();

	private final List<String> keys = new ArrayList<>();

	private EventIds(Class<?> type) {
		for (String[] accessor : ACCESSORS) {
			try {
				Method method = type.getMethod(accessor[0]);
				if (!Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class
						&& method.trySetAccessible()) {
					this.accessors.add(method);
					this.keys.add(accessor[1]);
				}
			}
			catch (NoSuchMethodException ex) {
				// This event does not carry that id.
			}
		}
	}

	static EventIds of(Class<?> type) {
		return CACHE.get(type);
	}

	boolean any() {
		return !this.accessors.isEmpty();
	}

	/** The ids of this event in the log context until the scope closes. */
	LogContext.Scope enter(Object event) {
		List<LogContext.Scope> scopes = new ArrayList<>(this.accessors.size());
		for (int i = 0; i < this.accessors.size(); i++) {
			scopes.add(LogContext.with(this.keys.get(i), value(this.accessors.get(i), event)));
		}
		return () -> {
			for (int i = scopes.size() - 1; i >= 0; i--) {
				scopes.get(i).close();
			}
		};
	}

	private static Object value(Method accessor, Object event) {
		try {
			return accessor.invoke(event);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// A log field is not worth failing the listener for.
			return null;
		}
	}

}
