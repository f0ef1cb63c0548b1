package io.yordam.notices;

import java.time.Instant;
import java.util.Set;

/**
 * Whether a decided notice goes out: the customer's switch for its kind first, then the
 * holdout (the policy's share of orders told nothing, to measure what telling changes),
 * then quiet hours. The credit's notice and the declined card are never held out: money
 * given silently is no care, and a declined card needs the customer to act. Notices about
 * an order on its way (late, a new time, the credit for it, a declined card) are not held
 * back by quiet hours: the customer is awake waiting for it, and the news is useless in
 * the morning. The rate limit is counted in the database after these
 * ({@link NoticeBook#countSent}).
 */
final class NoticeRules {

	/** Kinds quiet hours do not hold back. */
	static final Set<NoticeKind> URGENT = Set.of(NoticeKind.ORDER_LATE, NoticeKind.ETA_CHANGED,
			NoticeKind.LATE_CARE_CREDITED, NoticeKind.PAYMENT_DECLINED);

	private NoticeRules() {
	}

	/** Kinds the holdout does not take. */
	static final Set<NoticeKind> NEVER_HELD_OUT = Set.of(NoticeKind.LATE_CARE_CREDITED, NoticeKind.PAYMENT_DECLINED);

	static NoticeStatus decide(NoticeKind kind, boolean enabled, NoticePolicy policy, Instant now, String orderId) {
		if (!enabled) {
			return NoticeStatus.SWITCHED_OFF;
		}
		if (!NEVER_HELD_OUT.contains(kind) && policy.holdsOut(orderId)) {
			return NoticeStatus.HELD_OUT;
		}
		if (!URGENT.contains(kind) && policy.quietAt(now.atZone(policy.zoneId()).toLocalTime())) {
			return NoticeStatus.QUIET_HOURS;
		}
		return NoticeStatus.SENT;
	}

}
