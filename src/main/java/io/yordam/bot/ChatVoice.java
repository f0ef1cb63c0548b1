package io.yordam.bot;

import java.util.List;

import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.conversations.QuickReply;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The bot's voice in the customer's chat, and on the conversation's ticket. */
@Component
class ChatVoice implements BotVoice {

	private final Conversations conversations;

	private final TicketDesk tickets;

	private final HandOffs handOffs;

	private final BotTexts texts;

	private final BotProperties properties;

	private final ApplicationEventPublisher events;

	ChatVoice(Conversations conversations, TicketDesk tickets, HandOffs handOffs, BotTexts texts,
			BotProperties properties, ApplicationEventPublisher events) {
		this.events = events;
		this.conversations = conversations;
		this.tickets = tickets;
		this.handOffs = handOffs;
		this.texts = texts;
		this.properties = properties;
	}

	/** Published in the turn's transaction: recorded with what the bot said. */
	@Override
	public void couldNotAnswer(BotSession session, MessageView message, String reason) {
		if (message != null && message.actionId() == null && message.text() != null && !message.text().isBlank()) {
			this.events.publishEvent(new BotCouldNotAnswer(session.conversationId(), message.seq(), message.text(),
					session.language(), reason, message.createdAt()));
		}
	}

	@Override
	public void say(BotSession session, String text, List<QuickReply> replies, String messageId) {
		this.conversations.postAsBot(new ConversationId(session.conversationId()), text, replies, messageId);
	}

	@Override
	public void handOff(BotSession session, Classification understood, String reason, MessageView lastMessage,
			boolean pressing, String messageId) {
		this.handOffs.handOff(session, understood, reason, lastMessage, pressing, messageId);
	}

	@Override
	public void speaks(BotSession session) {
		this.conversations.participantSpeaks(new ConversationId(session.conversationId()), session.language());
	}

	@Override
	public void solved(BotSession session) {
		this.tickets.solveByBot(new TicketId(session.ticketId()));
	}

	@Override
	public void reopened(BotSession session) {
		this.tickets.returnToBot(new TicketId(session.ticketId()));
	}

	@Override
	public BotWording wording(String language) {
		return new BotWording(this.texts, language, this.properties.zone());
	}

}
