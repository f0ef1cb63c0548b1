package io.yordam.notices;

import java.time.Duration;

import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.orders.NewsOfOrder;
import io.yordam.orders.OrderSynced;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The order's life, as the platform reports it, turned into notices: a new order is
 * watched for lateness, a moved arrival time is told when it moved far enough (with the
 * platform's reason), an item the restaurant cancelled, the courier near, a delivery and
 * a declined card are told (docs/notices.md).
 */
@Component
class NoticeTriggers {

	private final Orders orders;

	private final Notices notices;

	private final LateWatch late;

	private final NoticePolicyStore policies;

	private final ConflictRetry retry;

	NoticeTriggers(Orders orders, Notices notices, LateWatch late, NoticePolicyStore policies, ConflictRetry retry) {
		this.orders = orders;
		this.notices = notices;
		this.late = late;
		this.policies = policies;
		this.retry = retry;
	}

	// Only the events a notice or the late timer needs: no registry row for the others.
	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.firstSeen() or #event.eventType().name() matches "
			+ "'ORDER_CREATED|ETA_CHANGED|DELIVERED|ITEM_CANCELLED|COURIER_NEAR' or "
			+ "(#event.eventType().name() == 'PAYMENT_FAILED' and #event.status().isActive())")
	void on(OrderSynced event) {
		this.retry.run(() -> this.orders.find(event.orderId()).ifPresent(order -> react(event, order)));
	}

	private void react(OrderSynced event, OrderView order) {
		String locale = event.customerLocale();
		switch (event.eventType()) {
			case DELIVERED -> this.notices.tell(order, locale, NoticeKind.DELIVERED, order.deliveredAt(), 0);
			case PAYMENT_FAILED -> this.notices.tell(order, locale, NoticeKind.PAYMENT_DECLINED, null, 0);
			case ETA_CHANGED -> {
				etaMoved(order, locale, event.news());
				this.late.watch(order, locale);
			}
			case ITEM_CANCELLED -> this.notices.tell(order, locale, NoticeKind.ITEM_CANCELLED, null, 0, event.news());
			case COURIER_NEAR -> {
				if (!order.status().isTerminal()) {
					this.notices.tell(order, locale, NoticeKind.COURIER_NEAR, order.eta(), 0);
				}
			}
			default -> this.late.watch(order, locale);
		}
	}

	/**
	 * Told when the new time is further than the policy's minutes from the promised one.
	 */
	private void etaMoved(OrderView order, String locale, NewsOfOrder news) {
		if (order.eta() == null || order.promisedAt() == null || order.status().isTerminal()) {
			return;
		}
		Duration shift = Duration.between(order.promisedAt(), order.eta()).abs();
		if (shift.toMinutes() > this.policies.current().settings().etaShiftMinutes()) {
			this.notices.tell(order, locale, NoticeKind.ETA_CHANGED, order.eta(), 0, news);
		}
	}

}
