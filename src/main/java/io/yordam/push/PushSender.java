package io.yordam.push;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.yordam.notices.NoticeKind;

/**
 * One try of one delivery (a db-scheduler execution, one at a time per delivery): sends
 * it through its transport outside any transaction, then records the answer. A device
 * that is gone is removed; a refusal is final; "not now" throws {@link TryLater} for the
 * execution's failure handler to reschedule, until the last of {@code maxAttempts}, which
 * records the give-up instead.
 */
class PushSender {

	private static final Logger log = LoggerFactory.getLogger(PushSender.class);

	private final JdbcClient jdbc;

	private final Map<DeviceKind, PushTransport> transports;

	private final int maxAttempts;

	private final MeterRegistry meters;

	private final Clock clock;

	PushSender(JdbcClient jdbc, Map<DeviceKind, PushTransport> transports, int maxAttempts, MeterRegistry meters,
			Clock clock) {
		this.jdbc = jdbc;
		this.transports = transports;
		this.maxAttempts = maxAttempts;
		this.meters = meters;
		this.clock = clock;
	}

	void attempt(UUID delivery) {
		Optional<Pending> found = this.jdbc.sql("""
				select d.attempts, v.id, v.kind, v.address, v.p256dh, v.auth, d.notice_id, d.notice_kind, d.order_id,
				d.order_number, d.locale, d.title, d.body from push_deliveries d
				left join push_devices v on v.id = d.device_id where d.id = :id and d.status = 'PENDING'""")
			.param("id", delivery)
			.query((rs, row) -> new Pending(rs.getInt(1),
					(rs.getObject(2) == null) ? null
							: new PushDevice(rs.getObject(2, UUID.class), DeviceKind.valueOf(rs.getString(3)),
									rs.getString(4), rs.getString(5), rs.getString(6)),
					new PushMessage(rs.getObject(7, UUID.class), NoticeKind.valueOf(rs.getString(8)), rs.getString(9),
							rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13))))
			.optional();
		if (found.isEmpty()) {
			return;
		}
		Pending pending = found.get();
		PushTransport transport = (pending.device() != null) ? this.transports.get(pending.device().kind()) : null;
		if (transport == null) {
			record(delivery, "GONE", "the device was removed, or its channel is off");
			return;
		}
		PushResult result = send(transport, pending);
		this.meters
			.counter("yordam.push.sends", "channel", pending.device().kind().name(), "outcome",
					result.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT))
			.increment();
		switch (result) {
			case PushResult.Sent sent -> record(delivery, "SENT", null);
			case PushResult.Gone gone -> {
				log.info("Push device {} is gone ({}); removed", pending.device().id(), gone.why());
				this.jdbc.sql("delete from push_devices where id = :id").param("id", pending.device().id()).update();
				record(delivery, "GONE", gone.why());
			}
			case PushResult.Refused refused -> {
				log.warn("A push to device {} was refused: {}", pending.device().id(), refused.why());
				record(delivery, "FAILED", refused.why());
			}
			case PushResult.Later later -> {
				if (pending.attempts() + 1 >= this.maxAttempts) {
					log.warn("A push to device {} gave up after {} tries: {}", pending.device().id(), this.maxAttempts,
							later.why());
					record(delivery, "FAILED", "gave up after " + this.maxAttempts + " tries: " + later.why());
					return;
				}
				record(delivery, "PENDING", later.why());
				throw new TryLater(later.why(), later.retryAfter());
			}
		}
	}

	private PushResult send(PushTransport transport, Pending pending) {
		try {
			return transport.send(pending.device(), pending.message());
		}
		catch (RuntimeException ex) {
			return new PushResult.Later(ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
		}
	}

	private void record(UUID delivery, String status, String error) {
		this.jdbc.sql("""
				update push_deliveries set status = :status, attempts = attempts + 1, last_error = :error,
				last_attempt_at = :now where id = :id""")
			.param("status", status)
			.param("error", PushDeliveries.cut(error, 500))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", delivery)
			.update();
	}

	/** A send to try again, after the push service's wait when it named one. */
	static class TryLater extends RuntimeException {

		private final Duration retryAfter;

		TryLater(String why, Duration retryAfter) {
			super(why, null, false, false);
			this.retryAfter = retryAfter;
		}

		Duration retryAfter() {
			return this.retryAfter;
		}

	}

	private record Pending(int attempts, PushDevice device, PushMessage message) {
	}

}
