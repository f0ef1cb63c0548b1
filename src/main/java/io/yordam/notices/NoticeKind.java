package io.yordam.notices;

/** Why a customer is told something; each is sent at most once per order. */
public enum NoticeKind {

	/** The order passed its promised time. */
	ORDER_LATE,
	/** The platform moved the arrival time by more than the policy's minutes. */
	ETA_CHANGED,
	/** The restaurant cancelled an item of the order. */
	ITEM_CANCELLED,
	/** The courier is close to the address. */
	COURIER_NEAR,
	/** The order was delivered (with "something wrong?" opening the chat on it). */
	DELIVERED,
	/** The card was declined (the unpaid playbook reaches out). */
	PAYMENT_DECLINED,
	/** A late order was compensated before the customer complained. */
	LATE_CARE_CREDITED

}
