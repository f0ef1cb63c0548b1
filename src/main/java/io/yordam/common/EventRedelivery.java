package io.yordam.common;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again. A publication fails when its
 * listener threw, or when the staleness monitor found it stuck (its node died mid-way).
 * Every node runs this sweep; Spring Modulith claims each publication for one
 * resubmission, so none runs twice at once. Republishing everything outstanding at
 * start-up is off: on several nodes it would hand events that another node is still
 * working on to a second listener.
 */
@Component
class EventRedelivery {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final FailedEventPublications failed;

	private final Duration minAge;

	EventRedelivery(FailedEventPublications failed,
			@Value("${yordam.events.redelivery.min-age:PT30S}") Duration minAge) {
		this.failed = failed;
		this.minAge = minAge;
	}

	@Scheduled(fixedDelayString = "${yordam.events.redelivery.interval:PT30S}",
			initialDelayString = "${yordam.events.redelivery.interval:PT30S}")
	void redeliver() {
		try {
			this.failed.resubmit(ResubmissionOptions.defaults().withMinAge(this.minAge).withBatchSize(200));
		}
		catch (RuntimeException ex) {
			// The database may be away for a moment; the next sweep tries again.
			log.warn("Could not resubmit failed event publications: {}", ex.toString());
		}
	}

}
