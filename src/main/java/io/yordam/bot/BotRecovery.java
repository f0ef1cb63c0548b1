package io.yordam.bot;

import java.util.List;
import java.util.UUID;

import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot failed on a message (a defect, not a race): it skips what it could not read and
 * hands the customer to a person, rather than stay silent on every retry.
 */
@Service
class BotRecovery {

	private final BotSessionRepository sessions;

	private final Conversations conversations;

	private final HandOffs handOffs;

	BotRecovery(BotSessionRepository sessions, Conversations conversations, HandOffs handOffs) {
		this.sessions = sessions;
		this.conversations = conversations;
		this.handOffs = handOffs;
	}

	@Transactional
	public void recover(UUID conversationId) {
		this.sessions.lockById(conversationId).ifPresent(session -> {
			List<MessageView> unread = this.conversations.messagesAfter(new ConversationId(conversationId),
					session.lastSeq(), 100);
			unread.forEach(m -> session.seen(m.seq()));
			MessageView last = unread.isEmpty() ? null : unread.getLast();
			this.handOffs.handOff(session, null, "bot-error", last, false, "bot-error-" + session.lastSeq());
			this.sessions.save(session);
		});
	}

}
