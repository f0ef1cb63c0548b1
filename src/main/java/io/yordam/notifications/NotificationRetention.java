package io.yordam.notifications;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Read notifications are forgotten after {@code yordam.notifications.keep-read} (30
 * days): the list shows the latest, and a busy desk writes thousands a day. Unread ones
 * stay. Every node may run it: a second delete finds nothing.
 */
@Component
class NotificationRetention {

	private final NotificationLog log;

	private final Clock clock;

	private final Duration keepRead;

	NotificationRetention(NotificationLog log, Clock clock,
			@Value("${yordam.notifications.keep-read:P30D}") Duration keepRead) {
		this.log = log;
		this.clock = clock;
		this.keepRead = keepRead;
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
	void forget() {
		this.log.forgetReadBefore(this.clock.instant().minus(this.keepRead));
	}

}
