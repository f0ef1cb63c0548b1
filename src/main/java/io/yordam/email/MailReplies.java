package io.yordam.email;

import java.util.List;

import org.springframework.context.MessageSource;
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
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketSummary;

/**
 * An agent's reply in a conversation that came by mail goes back by mail, to the address
 * the customer last wrote from, threaded on their last mail.
 */
class MailReplies {

	private final Conversations conversations;

	private final TicketDesk tickets;

	private final MailThreads threads;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final ConflictRetry retry;

	private final MailContacts contacts;

	MailReplies(Conversations conversations, TicketDesk tickets, MailThreads threads, MailOutbox outbox,
			MessageSource messages, ConflictRetry retry, MailContacts contacts) {
		this.contacts = contacts;
		this.conversations = conversations;
		this.tickets = tickets;
		this.threads = threads;
		this.outbox = outbox;
		this.messages = messages;
		this.retry = retry;
	}

	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.authorKind().name() == 'AGENT'")
	void on(MessagePosted event) {
		if (event.authorKind() == AuthorKind.AGENT) {
			this.retry.run(() -> replied(event));
		}
	}

	/**
	 * By mail when the conversation came by mail, or when the agent chose mail for this
	 * reply (to the address linked to the customer, a new thread named by the ticket).
	 */
	private void replied(MessagePosted event) {
		ConversationView conversation = this.conversations.find(event.conversationId()).orElse(null);
		List<MessageView> posted = this.conversations.messagesAfter(event.conversationId(), event.seq() - 1, 1);
		if (conversation == null || posted.isEmpty() || posted.get(0).text() == null) {
			return;
		}
		MessageView message = posted.get(0);
		Channel target = (message.via() != null) ? message.via() : conversation.channel();
		if (target != Channel.EMAIL) {
			return;
		}
		TicketSummary ticket = this.tickets.findOfConversation(conversation.id().value()).orElse(null);
		long number = (ticket != null) ? ticket.number() : 0L;
		String locale = conversation.participantLocale();
		if (conversation.channel() == Channel.EMAIL) {
			MailThreads.LastInbound last = this.threads.lastInbound(conversation.id().value()).orElse(null);
			if (last == null) {
				return;
			}
			this.outbox.queue(new MailOutbox.Reply(event.messageId(), conversation.id().value(), last.address(),
					ReplyText.subject(last.subject(), number),
					ReplyText.body(message.text(), number, locale, this.messages), locale, last.messageId(),
					this.threads.references(conversation.id().value())));
			return;
		}
		this.contacts.addressOf(conversation.participant())
			.ifPresent(address -> this.outbox.queue(new MailOutbox.Reply(event.messageId(), conversation.id().value(),
					address, ReplyText.subject((ticket != null) ? ticket.subject() : "", number),
					ReplyText.body(message.text(), number, locale, this.messages), locale, null, List.of())));
	}

}
