package io.yordam.orders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The outbox behind {@link PlatformRequests}. The row and its db-scheduler execution are
 * written in the requester's transaction (the scheduler's DataSource joins it), so a
 * request exists exactly when the decision that caused it does; the execution is picked
 * by one node, sends, and on failure is rescheduled with backoff
 * ({@link io.yordam.common.RetryBackoff}). The platform's idempotency key makes a resend
 * after a crash harmless.
 */
@Service
class PlatformOutbox implements PlatformRequests {

	private final PlatformActionRepository actions;

	private final OrderActions port;

	private final SchedulerClient scheduler;

	private final OneTimeTask<Void> sendTask;

	private final ObjectMapper mapper;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PlatformOutbox(PlatformActionRepository actions, OrderActions port, @Lazy SchedulerClient scheduler,
			OneTimeTask<Void> platformActionTask, ObjectMapper mapper, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.actions = actions;
		this.port = port;
		this.scheduler = scheduler;
		this.sendTask = platformActionTask;
		this.mapper = mapper;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void request(OrderAction action, String idempotencyKey, String requestedFor) {
		if (this.actions.findByIdempotencyKey(idempotencyKey).isPresent()) {
			return;
		}
		String payload = this.mapper.writeValueAsString(PlatformWebhookOrderActions.payload(action, idempotencyKey));
		PlatformActionRecord record = this.actions.saveAndFlush(
				new PlatformActionRecord(idempotencyKey, action, payload, requestedFor, this.clock.instant()));
		this.scheduler.scheduleIfNotExists(this.sendTask.instance(record.id().toString()), this.clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlatformActionView> requestedFor(String requestedFor) {
		return this.actions.findByRequestedForOrderByCreatedAt(requestedFor)
			.stream()
			.map(PlatformActionRecord::view)
			.toList();
	}

	/**
	 * One attempt, called by the scheduler. Throws when the platform could not be reached
	 * or failed, so that the scheduler tries again later.
	 */
	void attempt(UUID id) {
		PlatformActionRecord record = this.actions.findById(id).orElse(null);
		if (record == null || !record.isPending()) {
			return;
		}
		try {
			OrderActions.ActionReceipt receipt = this.port.send(record.payload().getBytes(StandardCharsets.UTF_8),
					record.idempotencyKey());
			settle(id, r -> r.done(receipt.platformReference(), this.clock.instant()));
		}
		catch (HttpClientErrorException ex) {
			int status = ex.getStatusCode().value();
			if (status == 408 || status == 409 || status == 429) {
				recordFailure(id, ex);
				throw ex;
			}
			settle(id, r -> r.refused(status + " " + ex.getResponseBodyAsString(), this.clock.instant()));
		}
		catch (RuntimeException ex) {
			recordFailure(id, ex);
			throw ex;
		}
	}

	private void settle(UUID id, java.util.function.Function<PlatformActionRecord, PlatformActionSettled> outcome) {
		this.transactions.executeWithoutResult(status -> {
			PlatformActionRecord record = this.actions.findById(id).orElseThrow();
			if (record.isPending()) {
				this.events.publishEvent(outcome.apply(record));
			}
		});
	}

	private void recordFailure(UUID id, RuntimeException ex) {
		this.transactions
			.executeWithoutResult(status -> this.actions.findById(id).ifPresent(r -> r.failed(describe(ex))));
	}

	/**
	 * The exception and, when another one caused it, the root cause: a timeout reaches us
	 * wrapped in the HTTP client's generic exceptions.
	 */
	static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String described = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return (root == ex) ? described
				: root.getClass().getSimpleName() + ": " + root.getMessage() + " (" + described + ")";
	}

}
