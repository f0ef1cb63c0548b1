package io.yordam.drafts;

import java.time.Instant;

/** An operator's draft of a reply on a ticket, as they left it. */
public record DraftView(String text, Instant savedAt) {

	@Override
	public String toString() {
		// A draft is words meant for a customer: not for logs.
		return "DraftView[" + this.text.length() + " chars at " + this.savedAt + "]";
	}

}
