package io.yordam.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The platform's side of support's actions: acts once per idempotency key, changes the
 * order where the action means something to it, and tells Yordam what changed with an
 * ordinary event.
 */
final class PlatformActions {

	/** Enough for a demo session and for tests; older entries are dropped. */
	static final int KEPT = 200;

	private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();

	private final Deque<ReceivedAction> received = new ConcurrentLinkedDeque<>();

	private final DemoOrderBook book;

	private final OrderLifecycle lifecycle;

	private final Clock clock;

	PlatformActions(DemoOrderBook book, OrderLifecycle lifecycle, Clock clock) {
		this.book = book;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	/** The same key gets the same receipt, and the action happens only the first time. */
	Receipt receive(String idempotencyKey, ActionRequest request) {
		return this.receipts.computeIfAbsent(idempotencyKey, key -> act(key, request));
	}

	/** What the platform was asked to do, oldest first. */
	List<ReceivedAction> received() {
		return new ArrayList<>(this.received);
	}

	private Receipt act(String idempotencyKey, ActionRequest request) {
		Optional<PlatformEvent> step = this.book.find(request.orderId()).flatMap(order -> switch (request.type()) {
			case "order.retry_payment" -> this.lifecycle.rescuePayment(order, false);
			case "order.switch_to_cash" -> this.lifecycle.rescuePayment(order, true);
			case "order.refund" -> this.lifecycle.refund(order);
			case "order.assign_new_courier" -> this.lifecycle.newCourier(order);
			// Re-deliveries and bonus credits happen in systems the demo does not
			// model.
			default -> Optional.empty();
		});
		step.ifPresent(this.book::publish);
		String reference = "PLT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.received.addLast(new ReceivedAction(reference, idempotencyKey, request.type(), request.orderId(),
				request.amount(), request.reason(), step.isPresent(), this.clock.instant()));
		while (this.received.size() > KEPT) {
			this.received.pollFirst();
		}
		return new Receipt(reference, step.isPresent());
	}

	/** The webhook body as PlatformWebhookOrderActions sends it. */
	record ActionRequest(@NotBlank @Size(max = 100) String idempotencyKey, @NotBlank @Size(max = 64) String type,
			@NotBlank @Size(max = 64) String orderId, @Size(max = 200) List<@NotBlank @Size(max = 64) String> skus,
			Boolean freeDelivery, @Size(max = 64) String customerId, Long amount, @Size(max = 500) String reason) {
	}

	record Receipt(String reference, boolean applied) {
	}

	record ReceivedAction(String reference, String idempotencyKey, String type, String orderId, Long amount,
			String reason, boolean applied, Instant receivedAt) {
	}

}
