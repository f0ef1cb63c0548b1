package io.yordam.conversations;

/** No more than {@code limit} messages from one author inside the window. */
final class MessageFloodPolicy {

	private final int limit;

	MessageFloodPolicy(int limit) {
		this.limit = limit;
	}

	Verdict check(long recentMessagesOfAuthor) {
		if (recentMessagesOfAuthor >= this.limit) {
			return new Verdict.Refused("text", "message-flood",
					"Too many messages in a short time; wait a few seconds and send again");
		}
		return Verdict.ALLOWED;
	}

}
