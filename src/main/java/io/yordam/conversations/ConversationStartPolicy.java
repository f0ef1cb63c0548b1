package io.yordam.conversations;

/**
 * No more than {@code limit} new conversations from one participant inside the window:
 * each start puts a ticket in the human queue.
 */
final class ConversationStartPolicy {

	private final int limit;

	ConversationStartPolicy(int limit) {
		this.limit = limit;
	}

	Verdict check(long recentStartsOfParticipant) {
		if (recentStartsOfParticipant >= this.limit) {
			return new Verdict.Refused("clientMessageId", "conversation-flood",
					"Too many new conversations in a short time; write in the one you have, or wait a few minutes");
		}
		return Verdict.ALLOWED;
	}

}
