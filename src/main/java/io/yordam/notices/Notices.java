package io.yordam.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.yordam.orders.NewsOfOrder;
import io.yordam.orders.OrderView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides and records notices: once per order and kind, within the customer's switches,
 * quiet hours and rate limit; a sent one is published as {@link NoticeIssued} for the
 * delivery channels (the app's live topic among them).
 */
@Service
public class Notices {

	private final NoticeBook book;

	private final NoticePolicyStore policies;

	private final NoticeTexts texts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notices(NoticeBook book, NoticePolicyStore policies, NoticeTexts texts, ApplicationEventPublisher events,
			Clock clock) {
		this.book = book;
		this.policies = policies;
		this.texts = texts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Tells the customer of an order something, once.
	 * @param time the time of day the text names (the new arrival time), or null
	 * @param amount the so'm the text names (a credit), or 0
	 */
	@Transactional
	void tell(OrderView order, String locale, NoticeKind kind, Instant time, long amount) {
		tell(order, locale, kind, time, amount, NewsOfOrder.NONE);
	}

	/**
	 * As {@link #tell(OrderView, String, NoticeKind, Instant, long)}, with what the
	 * platform said beyond the state (the delay's reason, the cancelled item) in the
	 * text.
	 */
	@Transactional
	void tell(OrderView order, String locale, NoticeKind kind, Instant time, long amount, NewsOfOrder news) {
		NoticePolicy policy = this.policies.current().settings();
		Instant now = this.clock.instant();
		String language = NoticeTexts.language(locale);
		boolean enabled = !this.book.switchedOff(order.customerId()).contains(kind);
		NoticeStatus status = NoticeRules.decide(kind, enabled, policy, now, order.id().value());
		NoticeView notice = new NoticeView(UUID.randomUUID(), kind, order.id().value(), order.number(), language,
				this.texts.title(kind, language, order.number(), time, policy.zoneId(), amount, news),
				this.texts.body(kind, language, order.number(), time, policy.zoneId(), amount, news), status, now);
		if (!this.book.addOnce(notice, order.customerId())) {
			return;
		}
		if (status == NoticeStatus.SENT && !this.book.countSent(order.customerId(), now, policy.perHourLimit())) {
			this.book.mark(notice.id(), NoticeStatus.RATE_LIMITED);
			return;
		}
		if (status == NoticeStatus.SENT) {
			this.events.publishEvent(new NoticeIssued(notice.id(), order.customerId(), kind, notice.orderId(),
					notice.orderNumber(), language, notice.title(), notice.body(), now));
		}
	}

	/**
	 * What the customer was told (and what was held back, and why), newest first: the
	 * app's history and the agent's customer-360.
	 */
	@Transactional(readOnly = true)
	public List<NoticeView> toldTo(String customerId, int limit) {
		return this.book.of(customerId, Math.max(1, Math.min(limit, 100)));
	}

	/** The app's history: what the customer's own screen may list (newest first). */
	@Transactional(readOnly = true)
	List<NoticeView> shownTo(String customerId, int limit) {
		return this.book.shownTo(customerId, Math.max(1, Math.min(limit, 100)));
	}

	@Transactional(readOnly = true)
	Set<NoticeKind> enabledFor(String customerId) {
		Set<NoticeKind> on = EnumSet.allOf(NoticeKind.class);
		on.removeAll(this.book.switchedOff(customerId));
		return on;
	}

	@Transactional
	void prefer(String customerId, NoticeKind kind, boolean enabled) {
		this.book.prefer(customerId, kind, enabled);
	}

}
