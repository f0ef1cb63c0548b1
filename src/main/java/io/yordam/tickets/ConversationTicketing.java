package io.yordam.tickets;

import java.time.Clock;

import io.yordam.access.PlatformRole;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationStarted;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessagePosted;

import org.springframework.modulith.events.ApplicationModuleListener;
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

	ConversationTicketing(TicketRepository tickets, Conversations conversations, Clock clock) {
		this.tickets = tickets;
		this.conversations = conversations;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ConversationStarted event) {
		if (this.tickets.findFirstByConversationIdOrderByCreatedAtDesc(event.conversationId().value()).isPresent()) {
			return;
		}
		Ticket.Requester requester = new Ticket.Requester(event.participantId(), event.participantName(),
				event.participantRole() == PlatformRole.COURIER);
		this.tickets.save(Ticket.open(this.tickets.nextNumber(), event.conversationId().value(), requester,
				event.orderId(), event.subject(), this.clock.instant()));
	}

	@ApplicationModuleListener
	void on(MessagePosted event) {
		if (event.authorKind() != AuthorKind.PARTICIPANT) {
			return;
		}
		// No ticket yet: the conversation's start is still on its way and will open it.
		this.tickets.findFirstByConversationIdOrderByCreatedAtDesc(event.conversationId().value()).ifPresent(ticket -> {
			if (ticket.status() == TicketStatus.CLOSED) {
				openFollowUp(event);
			}
			else {
				ticket.customerWrote(this.clock.instant());
				this.tickets.save(ticket);
			}
		});
	}

	private void openFollowUp(MessagePosted event) {
		this.conversations.find(event.conversationId()).ifPresent(conversation -> {
			Ticket.Requester requester = new Ticket.Requester(conversation.participantId(),
					conversation.participantName(), conversation.participantRole() == PlatformRole.COURIER);
			this.tickets.save(Ticket.open(this.tickets.nextNumber(), conversation.id().value(), requester,
					conversation.orderId(), event.preview(), this.clock.instant()));
		});
	}

}
