package io.yordam.conversations;

import java.security.Principal;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.Principals;
import io.yordam.realtime.TopicGuard;

import org.springframework.data.domain.Limit;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import io.yordam.common.EventExecution;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live delivery of a conversation on {@code /topic/conversations.<id>}: new messages,
 * read marks, typing. Operators may listen to any conversation; a participant only to
 * their own.
 */
@Component
class ConversationTopics implements TopicGuard {

	static final String PREFIX = "/topic/conversations.";

	/** {@link ConversationStompController}'s typing, as a client sends it. */
	private static final String TYPING_PREFIX = "/app/conversations.";

	private static final String TYPING_SUFFIX = ".typing";

	private final SimpMessagingTemplate broker;

	private final ConversationRepository conversations;

	private final MessageRepository messages;

	ConversationTopics(SimpMessagingTemplate broker, ConversationRepository conversations, MessageRepository messages) {
		this.broker = broker;
		this.conversations = conversations;
		this.messages = messages;
	}

	static String topic(ConversationId id) {
		return PREFIX + id;
	}

	/**
	 * After the message committed; a client that misses it catches up by sequence number.
	 */
	@Async(EventExecution.LIVE)
	@TransactionalEventListener
	// Read in a transaction of its own: the view loads the message's quick replies.
	@org.springframework.transaction.annotation.Transactional(
			propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW, readOnly = true)
	void on(MessagePosted event) {
		this.messages.findAfter(event.conversationId().value(), event.seq() - 1, Limit.of(1))
			.forEach(m -> this.broker.convertAndSend(topic(event.conversationId()),
					(Object) Map.of("type", "message", "message", m.view())));
	}

	@Async(EventExecution.LIVE)
	@TransactionalEventListener
	void on(ReadMarked event) {
		this.broker.convertAndSend(topic(event.conversationId()),
				(Object) Map.of("type", "read", "side", event.side(), "seq", event.seq()));
	}

	void typing(ConversationId id, String side, String name) {
		this.broker.convertAndSend(topic(id), (Object) Map.of("type", "typing", "side", side, "name", name));
	}

	@Override
	public boolean claims(String destination) {
		return destination.startsWith(PREFIX);
	}

	@Override
	public boolean maySubscribe(Principal user, String destination) {
		try {
			return mayUse(user, UUID.fromString(destination.substring(PREFIX.length())));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public boolean claimsSend(String destination) {
		return destination.startsWith(TYPING_PREFIX) && destination.endsWith(TYPING_SUFFIX);
	}

	/** Typing in a conversation: whoever may use it. */
	@Override
	public boolean maySend(Principal user, String destination) {
		try {
			return mayUse(user, UUID.fromString(
					destination.substring(TYPING_PREFIX.length(), destination.length() - TYPING_SUFFIX.length())));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return false;
		}
	}

	/** Operators may use any conversation; a participant only their own. */
	boolean mayUse(Principal user, UUID conversationId) {
		if (Principals.operator(user).isPresent()) {
			return true;
		}
		return Principals.platformUser(user)
			.flatMap(p -> this.conversations.findById(conversationId).map(c -> c.belongsTo(p.participant())))
			.orElse(false);
	}

}
