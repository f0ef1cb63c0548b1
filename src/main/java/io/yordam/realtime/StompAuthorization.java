package io.yordam.realtime;

import java.security.Principal;
import java.util.List;

import io.yordam.access.PlatformTokens;
import io.yordam.access.Principals;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * CONNECT: a platform token in the {@code Authorization} header makes the connection a
 * customer's (courier's, partner's); without one, the handshake's session must be an
 * operator's. SUBSCRIBE: the guard that claims the destination decides. SEND: only to an
 * {@code /app/...} destination that a guard claims and allows; topics are the server's
 * alone, so a client can never forge a frame that others receive as the server's.
 */
class StompAuthorization implements ChannelInterceptor {

	static final String APP_PREFIX = "/app/";

	private final PlatformTokens tokens;

	private final List<TopicGuard> guards;

	StompAuthorization(PlatformTokens tokens, List<TopicGuard> guards) {
		this.tokens = tokens;
		this.guards = guards;
	}

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (accessor == null || accessor.getCommand() == null) {
			return message;
		}
		if (accessor.getCommand() == StompCommand.CONNECT) {
			connect(accessor);
		}
		else if (accessor.getCommand() == StompCommand.SUBSCRIBE) {
			subscribe(accessor.getUser(), accessor.getDestination());
		}
		else if (accessor.getCommand() == StompCommand.SEND) {
			send(accessor.getUser(), accessor.getDestination());
		}
		return message;
	}

	private void connect(StompHeaderAccessor accessor) {
		String header = accessor.getFirstNativeHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Authentication authentication = this.tokens.authenticate(header.substring(7).trim());
			accessor.setUser(authentication);
			return;
		}
		if (Principals.operator(accessor.getUser()).isEmpty()) {
			throw new AccessDeniedException("sign in, or connect with a platform token");
		}
	}

	private void send(Principal user, String destination) {
		if (user == null || destination == null) {
			throw new AccessDeniedException("not connected");
		}
		boolean allowed = destination.startsWith(APP_PREFIX) && this.guards.stream()
			.filter(g -> g.claimsSend(destination))
			.findFirst()
			.map(g -> g.maySend(user, destination))
			.orElse(false);
		if (!allowed) {
			throw new AccessDeniedException("may not send to " + destination);
		}
	}

	private void subscribe(Principal user, String destination) {
		if (user == null || destination == null) {
			throw new AccessDeniedException("not connected");
		}
		boolean allowed = this.guards.stream()
			.filter(g -> g.claims(destination))
			.findFirst()
			.map(g -> g.maySubscribe(user, destination))
			.orElse(false);
		if (!allowed) {
			throw new AccessDeniedException("no access to " + destination);
		}
	}

}
