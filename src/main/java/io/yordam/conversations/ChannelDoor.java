package io.yordam.conversations;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.yordam.access.PlatformUser;
import io.yordam.common.NotFoundException;

/**
 * {@link ChannelConversations}: the adapters' door. No start limit and no STOMP session
 * here: the adapter has vouched for the sender (a mailbox, a signed update), and the
 * mailbox's own Message-ID makes every delivery count once. The flood limit of the
 * appender still holds per participant.
 */
@Service
class ChannelDoor implements ChannelConversations {

	private final ConversationRepository conversations;

	private final MessageAppender appender;

	private final ImageContentPolicy imagePolicy;

	private final MessageActionRepository actions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChannelDoor(ConversationRepository conversations, MessageAppender appender, ChatProperties properties,
			MessageActionRepository actions, ApplicationEventPublisher events, Clock clock) {
		this.actions = actions;
		this.conversations = conversations;
		this.appender = appender;
		this.imagePolicy = new ImageContentPolicy(properties.maxImageBytes());
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public ConversationView start(PlatformUser participant, Channel channel, String subject, String startKey) {
		return start(participant, channel, subject, startKey, null);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public ConversationView start(PlatformUser participant, Channel channel, String subject, String startKey,
			String orderId) {
		return this.conversations
			.findByParticipantRoleAndParticipantIdAndStartKey(participant.role(), participant.id(), startKey)
			.orElseGet(() -> {
				// Written at once: the adapter may post into it in the same transaction,
				// and
				// the desk's posts read the row back locked.
				Conversation started = this.conversations
					.saveAndFlush(Conversation.startOn(channel, participant, orderId, startKey, this.clock.instant()));
				this.events.publishEvent(new ConversationStarted(started.id(), participant.id(), participant.role(),
						participant.name(), participant.locale(), orderId, subject, false, channel));
				return started;
			})
			.view();
	}

	@Override
	@Transactional
	public MessageView receive(ConversationId id, String text, String clientMessageId) {
		Conversation conversation = locked(id.value());
		return this.appender.append(conversation, ParticipantChat.author(participantOf(conversation)), text,
				clientMessageId, null);
	}

	@Override
	@Transactional
	public MessageView receiveChoice(ConversationId id, String actionId, String clientMessageId) {
		Conversation conversation = locked(id.value());
		QuickReply chosen = this.actions.findById(actionId)
			.filter(action -> action.conversationId().equals(id.value()))
			.map(MessageAction::reply)
			.orElseThrow(() -> new io.yordam.common.InvalidInputException("actionId", "unknown-action",
					"This conversation offered no such quick reply"));
		return this.appender.append(conversation, ParticipantChat.author(participantOf(conversation)), chosen.label(),
				clientMessageId, null, java.util.List.of(), chosen);
	}

	@Override
	@Transactional
	public MessageView receiveImage(ConversationId id, byte[] data, String caption, String clientMessageId) {
		Conversation conversation = locked(id.value());
		if (this.imagePolicy.check(data) instanceof Verdict.Refused refused) {
			throw new io.yordam.common.InvalidInputException(refused.field(), refused.rule(), refused.message());
		}
		var image = new ImageContentPolicy.Image(ImageContentPolicy.sniff(data), data);
		return this.appender.append(conversation, ParticipantChat.author(participantOf(conversation)), caption,
				clientMessageId, image);
	}

	private Conversation locked(UUID id) {
		Conversation conversation = this.conversations.lockById(id)
			.orElseThrow(() -> new NotFoundException("conversation"));
		conversation.lockedNow();
		return conversation;
	}

	private static PlatformUser participantOf(Conversation conversation) {
		ConversationView view = conversation.view();
		return new PlatformUser(view.participantId(), view.participantRole(), view.participantName(),
				view.participantLocale());
	}

}
