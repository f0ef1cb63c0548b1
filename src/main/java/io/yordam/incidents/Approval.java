package io.yordam.incidents;

import io.yordam.common.InvalidInputException;

import jakarta.persistence.Embeddable;

/**
 * Why a supervisor must decide on an incident's option and, once they have, who decided
 * and their note.
 */
@Embeddable
record Approval(String approvalReason, String decidedBy, String decisionNote) {

	static final Approval NONE = new Approval(null, null, null);

	/**
	 * The most a note may say: the API bounds it too; the workspace's form comes here.
	 */
	static final int MAX_NOTE = 500;

	static Approval needed(String reason) {
		return new Approval(reason, null, null);
	}

	static void checkNote(String note) {
		if (note != null && note.length() > MAX_NOTE) {
			throw new InvalidInputException("note", "length", "A decision note has at most 500 characters");
		}
	}

	Approval decidedBy(String supervisorName, String note) {
		return new Approval(this.approvalReason, supervisorName, note);
	}

}
