package io.yordam.routing;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;

import io.yordam.access.PlatformUser;
import io.yordam.common.NotFoundException;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.tickets.TicketDesk;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The participant's own place in the queue (the widget reads it once, then live). Another
 * participant's conversation is "not found", alike for a missing one.
 */
@RestController
class QueuePlaceController {

	private final Conversations conversations;

	private final TicketDesk desk;

	private final QueuePlaces places;

	QueuePlaceController(Conversations conversations, TicketDesk desk, QueuePlaces places) {
		this.conversations = conversations;
		this.desk = desk;
		this.places = places;
	}

	@GetMapping("/api/v1/conversations/{id}/queue")
	@Operation(summary = "Your place in the queue and the estimated wait (place 0: a person has your chat)")
	QueueMessage queue(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		PlatformUser user = PlatformUser.from(jwt);
		UUID conversation;
		try {
			conversation = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("conversation");
		}
		this.conversations.find(new ConversationId(conversation))
			.filter(c -> c.participant().equals(user.participant()))
			.orElseThrow(() -> new NotFoundException("conversation"));
		return this.desk.findOfConversation(conversation)
			.flatMap(this.places::of)
			.map(QueueMessage::of)
			.orElse(QueueMessage.NOT_WAITING);
	}

}
