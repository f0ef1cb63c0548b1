package io.yordam.conversations;

/**
 * The door a conversation came in by. Its messages are one history whatever the door; the
 * channel decides how support's replies travel back (a mail, a Telegram message) and
 * which SLA policy and icon the ticket gets.
 */
public enum Channel {

	CHAT, EMAIL, TELEGRAM, PHONE,

	/**
	 * A missed call or a voicemail: support owes the caller a call back, under an SLA of
	 * its own.
	 */
	CALLBACK,

	/**
	 * A public review (an app store, a map listing, the app's order rating) bad enough to
	 * answer: the reputation queue, under an SLA of its own.
	 */
	REVIEW

}
