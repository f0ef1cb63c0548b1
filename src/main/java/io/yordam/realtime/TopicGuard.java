package io.yordam.realtime;

import java.security.Principal;

/**
 * A business module's say over its own destinations. A topic no guard claims cannot be
 * subscribed to at all; an {@code /app/...} destination no guard claims cannot be sent
 * to. Nobody but the server sends to a topic.
 */
public interface TopicGuard {

	/** Whether this guard decides about the topic. */
	boolean claims(String destination);

	boolean maySubscribe(Principal user, String destination);

	/**
	 * Whether this guard decides about a client's SEND to the {@code /app/...}
	 * destination.
	 */
	default boolean claimsSend(String destination) {
		return false;
	}

	default boolean maySend(Principal user, String destination) {
		return false;
	}

}
