package io.yordam.bot;

/**
 * What the bot understood of a message, and the next most likely intents (to ask about
 * when unsure). {@code decidedBy} says why: the model, a rule (a request for a person),
 * or the live order (a status question on an order already late). {@code anger} and
 * {@code urgency} say why the customer reads as angry or in a hurry ({@link Moods}), or
 * are null.
 */
public record Classification(Intent intent, double confidence, String language, Entities entities, String anger,
		String decidedBy, java.util.List<Intent> runnersUp, String urgency) {

	public Classification {
		runnersUp = (runnersUp != null) ? java.util.List.copyOf(runnersUp) : java.util.List.of();
	}

	/** Without urgency, as before it was read. */
	public Classification(Intent intent, double confidence, String language, Entities entities, String anger,
			String decidedBy, java.util.List<Intent> runnersUp) {
		this(intent, confidence, language, entities, anger, decidedBy, runnersUp, null);
	}

	public boolean angry() {
		return this.anger != null;
	}

	public boolean urgent() {
		return this.urgency != null;
	}

}
