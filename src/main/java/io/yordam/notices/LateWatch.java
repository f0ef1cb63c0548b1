package io.yordam.notices;

import java.time.Clock;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persisted timer at an order's promised time plus the policy's lateness: when it
 * fires and the order is still on its way and late, late care decides and the customer is
 * told. A timer's id names the order and the moment, so a promise moved later sets a new
 * timer and the old one finds the order not late yet.
 */
@Component
class LateWatch {

	private final SchedulerClient scheduler;

	private final OneTimeTask<String> task;

	private final Orders orders;

	private final NoticePolicyStore policies;

	private final LateCare care;

	private final Notices notices;

	private final Clock clock;

	LateWatch(@Lazy SchedulerClient scheduler, @Lazy OneTimeTask<String> noticeLateTask, Orders orders,
			NoticePolicyStore policies, LateCare care, Notices notices, Clock clock) {
		this.scheduler = scheduler;
		this.task = noticeLateTask;
		this.orders = orders;
		this.policies = policies;
		this.care = care;
		this.notices = notices;
		this.clock = clock;
	}

	void watch(OrderView order, String locale) {
		if (order.promisedAt() == null || order.status().isTerminal()) {
			return;
		}
		Instant at = order.promisedAt().plus(this.policies.current().settings().lateAfter());
		this.scheduler.scheduleIfNotExists(
				this.task.instance(order.id().value() + "@" + at.getEpochSecond(), NoticeTexts.language(locale)), at);
	}

	/** The timer fired (called by the scheduler). */
	@Transactional
	void check(String instanceId, String locale) {
		OrderView order = this.orders.find(new OrderId(instanceId.substring(0, instanceId.lastIndexOf('@'))))
			.orElse(null);
		if (order != null) {
			checkOrder(order, locale);
		}
	}

	/** Late enough: late care decides, and the customer is told once. */
	@Transactional
	void checkOrder(OrderView order, String locale) {
		if (order.status().isTerminal()) {
			return;
		}
		NoticePolicy policy = this.policies.current().settings();
		Instant now = this.clock.instant();
		if (order.lateBy(now).compareTo(policy.lateAfter()) < 0) {
			watch(order, locale);
			return;
		}
		LateCarePolicy.Decision decision = this.care.care(order, policy, now);
		Instant eta = (order.eta() != null && order.eta().isAfter(now)) ? order.eta() : null;
		if (decision.outcome() == LateCarePolicy.Outcome.CREDITED) {
			this.notices.tell(order, locale, NoticeKind.LATE_CARE_CREDITED, eta, decision.amount());
		}
		else {
			this.notices.tell(order, locale, NoticeKind.ORDER_LATE, eta, 0);
		}
	}

}
