package io.yordam.conversations;

import java.security.Principal;
import java.util.UUID;

import io.yordam.access.Principals;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.stereotype.Controller;

/**
 * Typing indicators: relayed live, never stored. The name shown comes from the principal.
 */
@Controller
class ConversationStompController {

	private final ConversationTopics topics;

	ConversationStompController(ConversationTopics topics) {
		this.topics = topics;
	}

	@MessageMapping("/conversations.{id}.typing")
	void typing(@DestinationVariable String id, Principal user) {
		UUID conversationId;
		try {
			conversationId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return;
		}
		// Whether this user may type here was decided before the frame got this far: a
		// SEND passes ConversationTopics' guard (realtime.StompAuthorization), so the
		// conversation is not looked up twice per keystroke.
		var operator = Principals.operator(user);
		if (operator.isPresent()) {
			this.topics.typing(new ConversationId(conversationId), "support", operator.get().displayName());
		}
		else {
			Principals.platformUser(user)
				.ifPresent(p -> this.topics.typing(new ConversationId(conversationId), "participant", p.name()));
		}
	}

}
