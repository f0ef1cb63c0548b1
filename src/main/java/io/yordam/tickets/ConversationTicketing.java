package io.yordam.tickets;

import java.time.Clock;

import io.yordam.access.PlatformRole;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ConversationStarted;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessagePosted;
import io.yordam.conversations.ParticipantLanguageChanged;

import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Turns conversations into tickets: a new conversation opens a ticket; a customer's
 * message makes a waiting ticket support's turn again, or opens a follow-up when the last
 * one is closed.
 */
@Component
class ConversationTicketing {

	private final TicketRepository tickets;

	private final Conversations conversations;

	private final Clock clock;

	private final ConflictRetry retry;

	private final TicketMerges merges;

	/**
	 * The bot answers customers first (yordam.bot.enabled); couriers and partners reach a
	 * person.
	 */
	private final boolean botAnswersFirst;

	ConversationTicketing(TicketRepository tickets, Conversations conversations, Clock clock, ConflictRetry retry,
			TicketMerges merges, @Value("${yordam.bot.enabled:true}") boolean botAnswersFirst) {
		this.merges = merges;
		this.botAnswersFirst = botAnswersFirst;
		this.tickets = tickets;
		this.conversations = conversations;
		this.clock = clock;
		this.retry = retry;
	}

	// Async after commit, like @ApplicationModuleListener, but each attempt in a
	// transaction of its own
	// so that a lost race with another event about the same ticket is simply tried again.
	@Durable
	@Async
	@TransactionalEventListener
	void on(ConversationStarted event) {
		this.retry.run(() -> open(event));
	}

	private void open(ConversationStarted event) {
		if (this.tickets.findFirstByConversationIdOrderByCreatedAtDesc(event.conversationId().value()).isPresent()) {
			return;
		}
		Ticket.Requester requester = new Ticket.Requester(event.participant(), event.participantName(),
				event.participantLocale());
		// A conversation support started with a customer (a declined card) is the bot's
		// too: the playbook it offers needs no person, and what the customer writes next
		// reaches the bot.
		// Mail goes to people: a bot's answer by mail reads as an auto-reply, and its
		// quick replies cannot be tapped there. A call (answered or owed a call back) is
		// a
		// person's already. A public review is answered by a person, in public.
		boolean withBot = this.botAnswersFirst && event.participantRole() == PlatformRole.CUSTOMER
				&& event.channel() != Channel.EMAIL && event.channel() != Channel.PHONE
				&& event.channel() != Channel.CALLBACK && event.channel() != Channel.REVIEW;
		this.tickets.save(Ticket.open(this.tickets.nextNumber(), event.conversationId().value(), requester,
				event.orderId(), event.subject(), withBot, event.channel(), this.clock.instant()));
	}

	@Durable
	@Async
	// Only a customer's message touches the ticket: no registry row for the others. An
	// answer on the side (a rating of the solved ticket) is not a word to support: it
	// neither reopens the ticket nor opens a follow-up.
	@TransactionalEventListener(condition = "#event.authorKind().name() == 'PARTICIPANT' and !#event.aside()")
	void on(MessagePosted event) {
		if (event.authorKind() == AuthorKind.PARTICIPANT && !event.aside()) {
			this.retry.run(() -> customerWrote(event));
		}
	}

	private void customerWrote(MessagePosted event) {
		// No ticket yet: the conversation's start is still on its way and will open it.
		// A merged ticket's conversation is the target's history now: the customer's word
		// there makes the target support's turn, and nothing on the merged ticket
		// changes.
		this.tickets.findFirstByConversationIdOrderByCreatedAtDesc(event.conversationId().value())
			.map(this.merges::current)
			.ifPresent(ticket -> {
				if (ticket.status() == TicketStatus.CLOSED) {
					openFollowUp(event);
				}
				else {
					ticket.customerWrote(this.clock.instant());
					this.tickets.save(ticket);
				}
			});
	}

	/**
	 * The requester switched language: the open ticket follows, so that routing offers it
	 * to someone who speaks it, and macros and SLA policies choose by it.
	 */
	@Durable
	@Async
	@TransactionalEventListener
	void on(ParticipantLanguageChanged event) {
		this.retry.run(() -> this.tickets.findFirstByConversationIdOrderByCreatedAtDesc(event.conversationId().value())
			.filter(ticket -> ticket.status() != TicketStatus.CLOSED)
			.ifPresent(ticket -> {
				ticket.speaks(event.language(), this.clock.instant());
				this.tickets.save(ticket);
			}));
	}

	private void openFollowUp(MessagePosted event) {
		this.conversations.find(event.conversationId()).ifPresent(conversation -> {
			Ticket.Requester requester = new Ticket.Requester(conversation.participant(),
					conversation.participantName(), conversation.participantLocale());
			this.tickets.save(Ticket.open(this.tickets.nextNumber(), conversation.id().value(), requester,
					conversation.orderId(), event.preview(), false, conversation.channel(), this.clock.instant()));
		});
	}

}
