package io.yordam.notifications;

/** Why an operator is told: each kind can be switched off in their settings. */
public enum NotificationKind {

	/** A ticket was given to them: routed, or assigned by someone else. */
	HANDOFF,

	/** The customer wrote on a ticket they hold. */
	CUSTOMER_REPLY,

	/** An incident's option waits for someone who may approve it. */
	APPROVAL

}
