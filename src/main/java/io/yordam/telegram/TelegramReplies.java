package io.yordam.telegram;

import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessagePosted;
import io.yordam.conversations.MessageView;
import io.yordam.conversations.QuickReply;

/**
 * Whatever support writes in a Telegram conversation (the bot's answers with their quick
 * replies, an agent's reply or image, the desk's confirmations) goes back to the chat.
 */
class TelegramReplies {

	private final Conversations conversations;

	private final TelegramContacts contacts;

	private final TelegramOutbox outbox;

	private final ConflictRetry retry;

	TelegramReplies(Conversations conversations, TelegramContacts contacts, TelegramOutbox outbox,
			ConflictRetry retry) {
		this.conversations = conversations;
		this.contacts = contacts;
		this.outbox = outbox;
		this.retry = retry;
	}

	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.authorKind().name() != 'PARTICIPANT'")
	void on(MessagePosted event) {
		if (event.authorKind() != AuthorKind.PARTICIPANT) {
			this.retry.run(() -> posted(event));
		}
	}

	/**
	 * To the conversation's chat when it came by Telegram, or to the chat linked to the
	 * customer when the agent chose Telegram for this reply.
	 */
	private void posted(MessagePosted event) {
		ConversationView conversation = this.conversations.find(event.conversationId()).orElse(null);
		if (conversation == null) {
			return;
		}
		boolean ours = conversation.channel() == Channel.TELEGRAM;
		if (!ours && event.authorKind() != AuthorKind.AGENT) {
			// Only an agent's reply can be marked for another channel.
			return;
		}
		List<MessageView> posted = this.conversations.messagesAfter(event.conversationId(), event.seq() - 1, 1);
		if (posted.isEmpty()) {
			return;
		}
		MessageView message = posted.get(0);
		Channel target = (message.via() != null) ? message.via() : conversation.channel();
		if (target != Channel.TELEGRAM) {
			return;
		}
		Optional<Long> chat = ours ? this.contacts.chatOf(event.conversationId().value())
				: this.contacts.chatOf(conversation.participant());
		if (chat.isEmpty()) {
			return;
		}
		List<String> buttons = (message.actions() == null) ? List.of()
				: message.actions().stream().map(QuickReply::label).toList();
		this.outbox.queue(new TelegramOutbox.Outgoing(message.id(), chat.get(), TelegramOutbox.Kind.MESSAGE,
				event.conversationId().value(), message.seq(), message.text(), buttons, message.attachmentId()));
	}

}
