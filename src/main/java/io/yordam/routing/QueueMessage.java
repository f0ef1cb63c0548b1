package io.yordam.routing;

/**
 * What the widget shows (REST, and live as {@code type: queue} on the conversation's
 * topic): place 0 means a person has the chat; {@code waitMinutes} null means unknown
 * (nobody online); {@code more} means "more than waitMinutes".
 */
record QueueMessage(String type, long place, Long waitMinutes, boolean more) {

	static final QueueMessage NOT_WAITING = new QueueMessage("queue", 0, null, false);

	static QueueMessage of(WaitEstimate.Estimate estimate) {
		return new QueueMessage("queue", estimate.place(), estimate.waitMinutes(), estimate.overCeiling());
	}

}
