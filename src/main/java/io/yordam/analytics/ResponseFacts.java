package io.yordam.analytics;

import java.time.Instant;
import java.util.List;

import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessagePosted;
import io.yordam.conversations.MessageView;
import io.yordam.tickets.TicketDesk;

import org.springframework.stereotype.Component;

/**
 * A person's answer after the customer wrote: the next response time, read from the
 * conversation's messages before the answer (so the order events arrive in does not
 * matter). The first answer of a conversation is the first response, counted from the
 * ticket.
 */
@Component
class ResponseFacts {

	/** How far back an answer looks for support's previous one. */
	static final int LOOK_BACK = 50;

	private final Conversations conversations;

	private final TicketDesk desk;

	private final Rollups rollups;

	ResponseFacts(Conversations conversations, TicketDesk desk, Rollups rollups) {
		this.conversations = conversations;
		this.desk = desk;
		this.rollups = rollups;
	}

	void answered(MessagePosted answer) {
		List<MessageView> before = this.conversations
			.messagesAfter(answer.conversationId(), Math.max(0, answer.seq() - LOOK_BACK - 1), LOOK_BACK)
			.stream()
			.filter(m -> m.seq() < answer.seq())
			.toList();
		Instant waiting = waitingSince(before);
		if (waiting == null || !this.rollups.once("next-response:" + answer.messageId(), answer.at())) {
			return;
		}
		Dimensions dims = Dimensions.desk().with(Dimension.AGENT, answer.authorId());
		this.desk.findOfConversation(answer.conversationId().value())
			.ifPresent(ticket -> dims.with(Dimension.CHANNEL, ticket.channel().name())
				.with(Dimension.LINE, ticket.line().name()));
		this.rollups.add(Metric.NEXT_RESPONSE, answer.at(), dims, TicketFacts.seconds(waiting, answer.at()));
	}

	/**
	 * The customer's first message after support's previous answer; null when support has
	 * not answered before (a first response) or the customer has not written since.
	 */
	static Instant waitingSince(List<MessageView> before) {
		Instant since = null;
		for (int i = before.size() - 1; i >= 0; i--) {
			MessageView message = before.get(i);
			if (message.authorKind() == AuthorKind.AGENT) {
				return since;
			}
			if (message.authorKind() == AuthorKind.PARTICIPANT) {
				since = message.createdAt();
			}
		}
		return null;
	}

}
