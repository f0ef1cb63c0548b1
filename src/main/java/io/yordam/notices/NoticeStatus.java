package io.yordam.notices;

/** What became of a decided notice. Only a sent one is pushed; every one is recorded. */
public enum NoticeStatus {

	SENT,
	/** The customer switched this kind off. */
	SWITCHED_OFF,
	/** Decided within quiet hours: shown in the app's history, not pushed. */
	QUIET_HOURS,
	/** The customer had as many notices this hour as the policy allows. */
	RATE_LIMITED,
	/**
	 * The order is in the policy's holdout: told nothing, so that its customer's contacts
	 * can be compared with the told ones' (docs/notices.md, "Does it work?").
	 */
	HELD_OUT

}
