package io.yordam.conversations;

import java.util.List;

import io.yordam.access.PlatformUser;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Support's side of every conversation. */
@Service
class SupportChat implements Conversations {

	private final ConversationRepository conversations;

	private final MessageRepository messages;

	private final MessageAppender appender;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final MessageSearch search;

	private final ImageContentPolicy imagePolicy;

	@PersistenceContext
	private EntityManager entityManager;

	SupportChat(ConversationRepository conversations, MessageRepository messages, MessageAppender appender,
			ApplicationEventPublisher events, java.time.Clock clock, MessageSearch search, ChatProperties properties) {
		this.search = search;
		this.imagePolicy = new ImageContentPolicy(properties.maxImageBytes());
		this.clock = clock;
		this.conversations = conversations;
		this.messages = messages;
		this.appender = appender;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConversationView> find(ConversationId id) {
		return this.conversations.findById(id.value()).map(Conversation::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConversationView> latestOf(io.yordam.access.Participant participant) {
		return this.conversations
			.findByParticipantRoleAndParticipantIdOrderByCreatedAtDesc(participant.role(), participant.id(),
					Limit.of(1))
			.stream()
			.findFirst()
			.map(Conversation::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<MessageView> messagesAfter(ConversationId id, long afterSeq, int limit) {
		return this.messages.findAfter(id.value(), afterSeq, Limit.of(limit)).stream().map(Message::view).toList();
	}

	@Override
	@Transactional
	public MessageView replyAsSupport(ConversationId id, OperatorPrincipal operator, String text,
			String clientMessageId, Channel via) {
		MessageView sent = replyAsSupport(id, operator, text, clientMessageId);
		Channel own = this.conversations.findById(id.value()).map(c -> c.view().channel()).orElse(Channel.CHAT);
		if (via == null || via == own || sent.via() != null) {
			return sent;
		}
		// Marked before the commit: the channels' deliveries read it after.
		Message message = this.messages.findById(sent.id()).orElseThrow();
		message.deliverVia(via);
		return message.view();
	}

	@Override
	@Transactional
	public MessageView replyAsSupport(ConversationId id, OperatorPrincipal operator, String text,
			String clientMessageId) {
		Conversation conversation = lockFresh(id.value()).orElseThrow(() -> new NotFoundException("conversation"));
		return this.appender.append(conversation,
				new MessageAppender.Author(AuthorKind.AGENT, operator.id().toString(), operator.displayName()), text,
				clientMessageId, null);
	}

	@Override
	@Transactional
	public MessageView replyImageAsSupport(ConversationId id, OperatorPrincipal operator, byte[] data, String caption,
			String clientMessageId) {
		Conversation conversation = lockFresh(id.value()).orElseThrow(() -> new NotFoundException("conversation"));
		MessageAppender.Author author = new MessageAppender.Author(AuthorKind.AGENT, operator.id().toString(),
				operator.displayName());
		if (this.imagePolicy.check(data) instanceof Verdict.Refused refused) {
			// A retry of an image already stored answers with it.
			return this.messages
				.findByConversationIdAndAuthorIdAndClientMessageId(id.value(), author.id(), clientMessageId)
				.map(Message::view)
				.orElseThrow(
						() -> new io.yordam.common.InvalidInputException("image", refused.rule(), refused.message()));
		}
		return this.appender.append(conversation, author, caption, clientMessageId,
				new ImageContentPolicy.Image(ImageContentPolicy.sniff(data), data));
	}

	@Override
	@Transactional
	public MessageView postAsSystem(ConversationId id, String text, List<QuickReply> quickReplies,
			String clientMessageId) {
		return post(SYSTEM, id, text, quickReplies, clientMessageId);
	}

	@Override
	@Transactional
	public MessageView postAsBot(ConversationId id, String text, List<QuickReply> quickReplies,
			String clientMessageId) {
		return post(BOT, id, text, quickReplies, clientMessageId);
	}

	private MessageView post(MessageAppender.Author author, ConversationId id, String text,
			List<QuickReply> quickReplies, String clientMessageId) {
		Conversation conversation = lockFresh(id.value()).orElseThrow(() -> new NotFoundException("conversation"));
		return this.appender.append(conversation, author, text, clientMessageId, null, quickReplies, null);
	}

	@Override
	@Transactional
	public void participantSpeaks(ConversationId id, String language) {
		lockFresh(id.value()).filter(conversation -> conversation.speaks(language))
			.ifPresent(conversation -> this.events.publishEvent(new ParticipantLanguageChanged(id, language)));
	}

	@Override
	@Transactional
	public ConversationView startBySupport(PlatformUser participant, String orderId, String subject) {
		Conversation conversation = this.conversations
			.save(Conversation.start(participant, orderId, this.clock.instant()));
		this.events.publishEvent(new ConversationStarted(conversation.id(), participant.id(), participant.role(),
				participant.name(), participant.locale(), orderId, subject, true));
		return conversation.view();
	}

	@Override
	public List<MessageHit> searchMessages(String query, int limit) {
		return this.search.search(query, limit);
	}

	private static final MessageAppender.Author BOT = new MessageAppender.Author(AuthorKind.BOT, "bot", "Yordam bot");

	private static final MessageAppender.Author SYSTEM = new MessageAppender.Author(AuthorKind.SYSTEM, "system",
			"Yordam");

	@Override
	@Transactional
	public void markReadBySupport(ConversationId id, long seq) {
		lockFresh(id.value()).ifPresent(c -> {
			if (c.markReadBySupport(seq)) {
				this.events.publishEvent(new ReadMarked(id, "support", seq));
			}
		});
	}

	/**
	 * The conversation, locked and as last committed. A caller's transaction may already
	 * hold it unlocked (read for its locale, say) while a message was added meanwhile:
	 * reloading it under the lock builds on that message instead of failing on a stale
	 * version.
	 */
	private Optional<Conversation> lockFresh(UUID id) {
		Conversation held = this.entityManager.find(Conversation.class, id);
		// Locked already in this transaction: what it holds is the latest, and a refresh
		// would drop what it appended but has not written yet (the bot answering several
		// messages in one turn posts more than once: the next post took the same seq).
		if (held != null && !held.lockedHere()) {
			this.entityManager.refresh(held, LockModeType.PESSIMISTIC_WRITE);
			held.lockedNow();
		}
		return Optional.ofNullable(held);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AttachmentContent> attachment(ConversationId id, UUID attachmentId) {
		return attachmentOf(this.conversations, id.value(), attachmentId);
	}

	static Optional<AttachmentContent> attachmentOf(ConversationRepository conversations, UUID conversationId,
			UUID attachmentId) {
		return conversations.findAttachment(attachmentId)
			.filter(a -> a.conversationId().equals(conversationId))
			.map(a -> new AttachmentContent(a.contentType(), a.data()));
	}

}
