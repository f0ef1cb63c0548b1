package io.yordam.conversations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Appends a message to a locked conversation: a retry (same author, same client message
 * id) returns the message already written; otherwise the text, image and flood policies
 * run before anything is stored.
 */
@Component
class MessageAppender {

	private final MessageRepository messages;

	private final AttachmentRepository attachments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ChatProperties properties;

	private final MessageTextPolicy textPolicy;

	private final MessageFloodPolicy floodPolicy;

	MessageAppender(MessageRepository messages, AttachmentRepository attachments, ApplicationEventPublisher events,
			Clock clock, ChatProperties properties) {
		this.messages = messages;
		this.attachments = attachments;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
		this.textPolicy = new MessageTextPolicy(properties.maxTextLength());
		this.floodPolicy = new MessageFloodPolicy(properties.floodMessages());
	}

	MessageView append(Conversation conversation, Author author, String text, String clientMessageId,
			ImageContentPolicy.Image image) {
		return append(conversation, author, text, clientMessageId, image, List.of(), null);
	}

	/**
	 * @param offer quick replies a support message offers
	 * @param chosen the quick reply a participant's message chose (already checked), or
	 * null
	 */
	MessageView append(Conversation conversation, Author author, String text, String clientMessageId,
			ImageContentPolicy.Image image, List<QuickReply> offer, QuickReply chosen) {
		if (clientMessageId != null && clientMessageId.length() > 100) {
			// Every door (the API bounds it, the workspace's reply form did not).
			throw new InvalidInputException("clientMessageId", "length",
					"A client message id has at most 100 characters");
		}
		if (clientMessageId != null) {
			Optional<Message> earlier = this.messages.findByConversationIdAndAuthorIdAndClientMessageId(
					conversation.id().value(), author.id(), clientMessageId);
			if (earlier.isPresent()) {
				return earlier.get().view();
			}
		}
		refuseUnless(this.textPolicy.check(text, image != null), 400);
		Instant now = this.clock.instant();
		if (author.kind() == AuthorKind.PARTICIPANT) {
			long recent = this.messages.countOfParticipantSince(conversation.participant().role(), author.id(),
					now.minus(this.properties.floodWindow()));
			refuseUnless(this.floodPolicy.check(recent), 429);
		}
		Attachment attachment = null;
		if (image != null) {
			attachment = this.attachments.save(new Attachment(conversation.id().value(), image, now));
		}
		String body = (text == null || text.isBlank()) ? null : text.strip();
		Message message = conversation
			.append(author.kind(), author.id(), author.name(), body, clientMessageId, attachment, now)
			.choosing((chosen != null) ? chosen.id() : null, chosen != null && chosen.aside());
		message.offering(offer);
		this.messages.save(message);
		this.events.publishEvent(message.posted());
		return message.view();
	}

	private static void refuseUnless(Verdict verdict, int status) {
		if (verdict instanceof Verdict.Refused refused) {
			if (status == 400) {
				throw new InvalidInputException(refused.field(), refused.rule(), refused.message());
			}
			throw new RuleViolationException(status, refused.rule(), refused.message());
		}
	}

	record Author(AuthorKind kind, String id, String name) {
	}

}
