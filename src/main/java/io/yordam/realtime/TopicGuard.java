package io.yordam.realtime;

import java.security.Principal;

/**
 * A business module's say over its own topics. A destination no guard claims cannot be
 * subscribed to at all.
 */
public interface TopicGuard {

	/** Whether this guard decides about the destination. */
	boolean claims(String destination);

	boolean maySubscribe(Principal user, String destination);

}
