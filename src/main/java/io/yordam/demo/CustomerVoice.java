package io.yordam.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.yordam.demo.DemoPhrases.Reason;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.PaymentStatus;

/**
 * Demo customers writing to support: some of those whose order runs late or whose card is
 * declined, and now and then somebody with a question. Never more than one new
 * conversation a minute, so that the queue is alive but not flooded.
 */
final class CustomerVoice {

	static final double COMPLAINT_RATE = 1.0 / 6;

	/** Complaints nobody got round to writing go stale. */
	static final Duration STALE = Duration.ofMinutes(10);

	private final Queue<Intent> intents = new ConcurrentLinkedQueue<>();

	private final DemoOrderBook book;

	private final YordamClient yordam;

	private final DemoOutbox outbox;

	private final Random random = new Random();

	private Instant quietUntil = Instant.MIN;

	private Instant nextQuestionAt = Instant.MIN;

	CustomerVoice(DemoOrderBook book, YordamClient yordam, DemoOutbox outbox) {
		this.book = book;
		this.yordam = yordam;
		this.outbox = outbox;
	}

	/** Hears of an incident; the customer may decide to write a little later. */
	void heard(PlatformEvent step) {
		Reason reason = switch (step.type()) {
			case PlatformEvent.ETA_CHANGED -> Reason.LATE;
			case PlatformEvent.PAYMENT_FAILED -> Reason.PAYMENT;
			default -> null;
		};
		if (reason != null && this.random.nextDouble() < COMPLAINT_RATE) {
			this.intents
				.add(new Intent(step.order().id(), reason, step.at().plusSeconds(15 + this.random.nextInt(45))));
		}
	}

	/** Called on every tick: writes at most one message, if the line has been quiet. */
	void speak(Instant now) {
		if (now.isBefore(this.quietUntil)) {
			return;
		}
		Optional<Intent> intent = nextComplaint(now);
		if (intent.isEmpty() && !now.isBefore(this.nextQuestionAt)) {
			this.nextQuestionAt = now.plusSeconds(120 + this.random.nextInt(180));
			intent = question(now);
		}
		intent.ifPresent(i -> {
			this.quietUntil = now.plusSeconds(60 + this.random.nextInt(60));
			write(i);
		});
	}

	private Optional<Intent> nextComplaint(Instant now) {
		for (Iterator<Intent> it = this.intents.iterator(); it.hasNext();) {
			Intent intent = it.next();
			if (now.isBefore(intent.notBefore())) {
				continue;
			}
			it.remove();
			if (now.isBefore(intent.notBefore().plus(STALE)) && stillRelevant(intent)) {
				return Optional.of(intent);
			}
		}
		return Optional.empty();
	}

	/**
	 * Nobody asks where the food is once it has come, nor about a card that went through.
	 */
	private boolean stillRelevant(Intent intent) {
		return this.book.find(intent.orderId()).map(DemoOrder::state).filter(order -> switch (intent.reason()) {
			case LATE -> order.status().isActive();
			case PAYMENT -> order.paymentStatus() == PaymentStatus.FAILED;
			default -> true;
		}).isPresent();
	}

	private Optional<Intent> question(Instant now) {
		List<DemoOrder.State> candidates = this.book.all()
			.stream()
			.map(DemoOrder::state)
			.filter(o -> o.status() != OrderStatus.CANCELLED)
			.filter(o -> o.deliveredAt() == null || o.deliveredAt().isAfter(now.minus(STALE)))
			.toList();
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		DemoOrder.State order = candidates.get(this.random.nextInt(candidates.size()));
		Reason reason = (order.status() == OrderStatus.DELIVERED) ? Reason.AFTER_DELIVERY : Reason.QUESTION;
		return Optional.of(new Intent(order.id(), reason, now));
	}

	private void write(Intent intent) {
		this.book.find(intent.orderId()).ifPresent(order -> {
			var customer = order.customer();
			List<String> texts = DemoPhrases.of(intent.reason(), customer.locale());
			String text = texts.get(this.random.nextInt(texts.size()));
			this.outbox.submit("write to support about " + order, () -> this.yordam.write(customer, order.id(), text));
		});
	}

	record Intent(String orderId, Reason reason, Instant notBefore) {
	}

}
