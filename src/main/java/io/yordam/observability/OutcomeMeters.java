package io.yordam.observability;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.yordam.orders.PlatformActionSettled;
import io.yordam.orders.PlatformActionView;
import io.yordam.sla.SlaBreached;
import io.yordam.sla.SlaTarget;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts what went wrong once and for all: an SLA target missed, the platform's final
 * answer to a request of the outbox (a refusal needs a person). Registered up front, so
 * that a rate of zero is a series, not a gap.
 */
@Component
class OutcomeMeters {

	private final Map<SlaTarget, Counter> breaches = new EnumMap<>(SlaTarget.class);

	private final Map<PlatformActionView.Status, Counter> settled = new EnumMap<>(PlatformActionView.Status.class);

	OutcomeMeters(MeterRegistry registry) {
		for (SlaTarget target : SlaTarget.values()) {
			this.breaches.put(target,
					Counter.builder("yordam.sla.breaches")
						.description("SLA targets missed (each recorded once, on the node whose timer fired)")
						.tag("target", lower(target))
						.register(registry));
		}
		for (PlatformActionView.Status status : List.of(PlatformActionView.Status.DONE,
				PlatformActionView.Status.REFUSED)) {
			this.settled.put(status,
					Counter.builder("yordam.outbox.settled")
						.description("The platform's final answers to the outbox's requests")
						.tag("outcome", lower(status))
						.register(registry));
		}
	}

	@EventListener
	void on(SlaBreached event) {
		AfterCommit.run(this.breaches.get(event.target())::increment);
	}

	@EventListener
	void on(PlatformActionSettled event) {
		Counter outcome = this.settled.get(event.status());
		if (outcome != null) {
			AfterCommit.run(outcome::increment);
		}
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
