package io.yordam.conversations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.yordam.access.PlatformUser;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;
import io.yordam.common.SerialDecisions;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's (courier's, partner's) side of the chat. Every lookup is scoped to the
 * caller: a conversation of somebody else answers exactly like one that does not exist.
 */
@Service
class ParticipantChat {

	private final ConversationRepository conversations;

	private final MessageRepository messages;

	private final MessageAppender appender;

	private final ImageContentPolicy imagePolicy;

	private final Orders orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageActionRepository actions;

	private final SerialDecisions decisions;

	private final ConversationStartPolicy startPolicy;

	private final java.time.Duration startWindow;

	ParticipantChat(ConversationRepository conversations, MessageRepository messages, MessageAppender appender,
			ChatProperties properties, Orders orders, ApplicationEventPublisher events, Clock clock,
			MessageActionRepository actions, SerialDecisions decisions) {
		this.actions = actions;
		this.decisions = decisions;
		this.startPolicy = new ConversationStartPolicy(properties.startsPerWindow());
		this.startWindow = properties.startWindow();
		this.conversations = conversations;
		this.messages = messages;
		this.appender = appender;
		this.imagePolicy = new ImageContentPolicy(properties.maxImageBytes());
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/** A conversation, and whether this call started it (false: a retry found it). */
	record Started(ConversationView conversation, boolean created) {
	}

	/**
	 * Starts a conversation, once per client message id: a retry (the answer was lost)
	 * finds the first one. One participant's starts run one at a time, so parallel
	 * retries find one conversation and parallel starts meet the limit.
	 */
	@Transactional
	Started start(PlatformUser user, String orderId, String text, String clientMessageId) {
		OrderView order = (orderId == null || orderId.isBlank()) ? null : ownOrder(user, orderId);
		String orderOf = (order != null) ? order.id().value() : null;
		takeTurn(user);
		if (clientMessageId != null && !clientMessageId.isBlank()) {
			Conversation earlier = this.conversations
				.findByParticipantRoleAndParticipantIdAndStartKey(user.role(), user.id(), clientMessageId)
				.orElse(null);
			if (earlier != null) {
				if (!earlier.startedAbout(orderOf)) {
					throw RuleViolationException.conflict("client-message-id-reused",
							"This client message id started a conversation about another order; use a new one");
				}
				return new Started(earlier.view(), false);
			}
		}
		Instant now = this.clock.instant();
		if (this.startPolicy.check(this.conversations.countByParticipantRoleAndParticipantIdAndCreatedAtAfter(
				user.role(), user.id(), now.minus(this.startWindow))) instanceof Verdict.Refused refused) {
			throw new RuleViolationException(429, refused.rule(), refused.message());
		}
		Conversation conversation = this.conversations.save(Conversation.start(user, orderOf,
				(clientMessageId == null || clientMessageId.isBlank()) ? null : clientMessageId, now));
		this.events.publishEvent(new ConversationStarted(conversation.id(), user.id(), user.role(), user.name(),
				user.locale(), (order != null) ? order.id().value() : null, subject(text, order), false));
		if (text != null && !text.isBlank()) {
			this.appender.append(conversation, author(user), text, clientMessageId, null);
		}
		return new Started(conversation.view(), true);
	}

	@Transactional(readOnly = true)
	List<ConversationView> mine(PlatformUser user) {
		return this.conversations
			.findByParticipantRoleAndParticipantIdOrderByCreatedAtDesc(user.role(), user.id(), Limit.of(50))
			.stream()
			.map(Conversation::view)
			.toList();
	}

	@Transactional(readOnly = true)
	ConversationView get(PlatformUser user, UUID id) {
		return own(user, id).view();
	}

	@Transactional
	MessageView post(PlatformUser user, UUID id, String text, String clientMessageId) {
		return post(user, id, text, clientMessageId, null);
	}

	/**
	 * A message that may answer a quick reply: the action must be one this conversation
	 * offered; without text, its label is the text.
	 */
	@Transactional
	MessageView post(PlatformUser user, UUID id, String text, String clientMessageId, String actionId) {
		takeTurn(user);
		Conversation conversation = lockOwn(user, id);
		if (actionId == null || actionId.isBlank()) {
			return this.appender.append(conversation, author(user), text, clientMessageId, null);
		}
		QuickReply chosen = this.actions.findById(actionId)
			.filter(a -> a.conversationId().equals(id))
			.map(MessageAction::reply)
			.orElseThrow(() -> new InvalidInputException("actionId", "unknown-action",
					"This conversation offered no such quick reply"));
		String body = (text == null || text.isBlank()) ? chosen.label() : text;
		return this.appender.append(conversation, author(user), body, clientMessageId, null, List.of(), chosen);
	}

	@Transactional
	MessageView postImage(PlatformUser user, UUID id, byte[] data, String caption, String clientMessageId) {
		takeTurn(user);
		Conversation conversation = lockOwn(user, id);
		Verdict verdict = this.imagePolicy.check(data);
		if (verdict instanceof Verdict.Refused refused) {
			// A retry of an image already stored must still answer with it, so check for
			// one first.
			return this.messages.findByConversationIdAndAuthorIdAndClientMessageId(id, user.id(), clientMessageId)
				.map(Message::view)
				.orElseThrow(() -> new InvalidInputException(refused.field(), refused.rule(), refused.message()));
		}
		var image = new ImageContentPolicy.Image(ImageContentPolicy.sniff(data), data);
		return this.appender.append(conversation, author(user), caption, clientMessageId, image);
	}

	@Transactional(readOnly = true)
	List<MessageView> messagesAfter(PlatformUser user, UUID id, long afterSeq, int limit) {
		own(user, id);
		return this.messages.findAfter(id, afterSeq, Limit.of(limit)).stream().map(Message::view).toList();
	}

	@Transactional
	boolean markRead(PlatformUser user, UUID id, long seq) {
		boolean moved = lockOwn(user, id).markReadByParticipant(seq);
		if (moved) {
			this.events.publishEvent(new ReadMarked(new ConversationId(id), "participant", seq));
		}
		return moved;
	}

	@Transactional(readOnly = true)
	Conversations.AttachmentContent attachment(PlatformUser user, UUID id, UUID attachmentId) {
		own(user, id);
		return SupportChat.attachmentOf(this.conversations, id, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment"));
	}

	/**
	 * One participant's starts and messages take turns, across all their conversations,
	 * so that the start and flood limits count what the previous request wrote. Taken
	 * before any conversation's lock, everywhere, so the two locks never cross.
	 */
	private void takeTurn(PlatformUser user) {
		this.decisions.lock(new SerialDecisions.Key(SerialDecisions.Scope.PARTICIPANT, user.participant().key()));
	}

	private Conversation own(PlatformUser user, UUID id) {
		return this.conversations.findById(id)
			.filter(c -> c.belongsTo(user.participant()))
			.orElseThrow(() -> new NotFoundException("conversation"));
	}

	// Lock first, then check: reading it unlocked first would hold a version that a
	// concurrent writer (the desk posting an offer) may already have moved on.
	private Conversation lockOwn(PlatformUser user, UUID id) {
		return this.conversations.lockById(id)
			.filter(c -> c.belongsTo(user.participant()))
			.orElseThrow(() -> new NotFoundException("conversation"));
	}

	/**
	 * Only an order the caller is party to; one of somebody else's is answered exactly
	 * like one that does not exist.
	 */
	private OrderView ownOrder(PlatformUser user, String orderId) {
		return this.orders.findAsParty(new OrderId(orderId), user.participant())
			.orElseThrow(() -> new InvalidInputException("orderId", "own-order", "No such order of yours"));
	}

	private static String subject(String text, OrderView order) {
		String base = (text == null || text.isBlank()) ? "" : text.strip();
		if (base.length() > 120) {
			base = base.substring(0, 120) + "…";
		}
		if (order != null) {
			return base.isEmpty() ? ("#" + order.number()) : base;
		}
		return base;
	}

	static MessageAppender.Author author(PlatformUser user) {
		return new MessageAppender.Author(AuthorKind.PARTICIPANT, user.id(), user.name());
	}

}
