package io.yordam.bot;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot reading a conversation. It starts on one when its ticket opens with the bot;
 * from then on each message is read once (the session remembers the last one it read,
 * under a lock): an agent's means a person has the customer; a customer's is answered by
 * the {@link Dialogue} while the bot has them.
 */
@Service
class SupportBot {

	/** A conversation's messages are numbered from 1. */
	static final long FIRST_MESSAGE = 1;

	private final BotSessionRepository sessions;

	private final TicketDesk tickets;

	private final Conversations conversations;

	private final Dialogue dialogue;

	private final Clock clock;

	SupportBot(BotSessionRepository sessions, TicketDesk tickets, Conversations conversations, Dialogue dialogue,
			Clock clock) {
		this.sessions = sessions;
		this.tickets = tickets;
		this.conversations = conversations;
		this.dialogue = dialogue;
		this.clock = clock;
	}

	/**
	 * Whether a message is one the bot has yet to read. Until the bot has a session, a
	 * conversation's first message is left to its ticket's opening, which starts the bot
	 * and reads it: the bot runs once for it, not before the ticket exists and again.
	 */
	@Transactional(readOnly = true)
	public boolean hasUnread(UUID conversationId, long seq) {
		return this.sessions.findById(conversationId)
			.map(session -> seq > session.lastSeq())
			.orElse(seq > FIRST_MESSAGE);
	}

	/**
	 * The conversation's ticket opened with the bot: the bot takes it on. This commits
	 * before the bot reads the messages, so a first message posted meanwhile is read by
	 * that reading, or finds the session and brings the bot itself.
	 */
	@Transactional
	public void start(UUID conversationId) {
		if (this.sessions.existsById(conversationId)) {
			return;
		}
		this.tickets.findOfConversation(conversationId)
			.filter(ticket -> ticket.status() == TicketStatus.BOT)
			.ifPresent(ticket -> begin(conversationId, ticket, this.clock.instant()));
	}

	/** Reads and answers what the customer wrote since the bot last looked. */
	@Transactional
	public void process(UUID conversationId) {
		Instant now = this.clock.instant();
		BotSession session = this.sessions.lockById(conversationId).orElse(null);
		// Read under the session's lock: an agent may have taken it meanwhile.
		Optional<TicketSummary> found = this.tickets.findOfConversation(conversationId);
		if (found.isEmpty()) {
			// The ticket is still opening: its "opened" event brings the bot back.
			return;
		}
		TicketSummary ticket = found.get();
		if (session == null) {
			if (ticket.status() != TicketStatus.BOT) {
				// Couriers, partners, conversations support started: never the bot's.
				return;
			}
			// Its opening's start failed, or is on its way: the later message starts the
			// bot.
			session = begin(conversationId, ticket, now);
		}
		boolean botMayAnswer = ticket.status() == TicketStatus.BOT
				|| (ticket.status() == TicketStatus.SOLVED && session.mode() == BotSession.Mode.CLOSED);
		if (!botMayAnswer) {
			session.personTookOver(now);
		}
		Turn turn = null;
		for (MessageView message : this.conversations.messagesAfter(new ConversationId(conversationId),
				session.lastSeq(), 100)) {
			session.seen(message.seq());
			if (message.authorKind() == AuthorKind.AGENT) {
				session.personTookOver(now);
			}
			else if (message.authorKind() == AuthorKind.PARTICIPANT && !message.aside() && session.botAnswers()) {
				// An answer on the side (a rating) is read past: it asks the bot nothing.
				// The customer's orders and chat are read only when there is something to
				// answer.
				turn = (turn != null) ? turn : this.dialogue.open(session,
						this.conversations.find(new ConversationId(conversationId)).orElseThrow());
				this.dialogue.answer(turn, message, this.clock.instant());
			}
		}
		this.sessions.save(session);
	}

	private BotSession begin(UUID conversationId, TicketSummary ticket, Instant now) {
		ConversationView chat = this.conversations.find(new ConversationId(conversationId)).orElseThrow();
		return this.sessions.saveAndFlush(BotSession.start(conversationId, ticket.id().value(), chat.participantId(),
				BotTexts.supported(chat.participantLocale()), true, now));
	}

}
