package io.yordam.notifications;

import java.time.Clock;
import java.util.UUID;

import io.yordam.access.OperatorId;

import org.springframework.stereotype.Component;

/**
 * Tells each recipient of a cause who wants its kind, once: the row first, then the live
 * frame, only for a row this call wrote. A frame lost on the way is not lost for good:
 * the page reads its state again on every (re)connect.
 */
@Component
class Notifier {

	private final NotificationLog log;

	private final NotificationSettingsStore settings;

	private final NotificationTopics topics;

	private final Clock clock;

	Notifier(NotificationLog log, NotificationSettingsStore settings, NotificationTopics topics, Clock clock) {
		this.log = log;
		this.settings = settings;
		this.topics = topics;
		this.clock = clock;
	}

	void notify(NotificationDraft draft) {
		for (OperatorId to : draft.recipients()) {
			if (this.settings.of(to).wants(draft.kind())) {
				this.log.record(to, draft, this.clock.instant())
					.ifPresent(told -> this.topics.told(to, told, this.log.unread(to)));
			}
		}
	}

	/** An approval was decided: nobody needs to act on it any more. */
	void decided(UUID incidentId) {
		for (OperatorId approver : this.log.markIncidentRead(incidentId, this.clock.instant())) {
			this.topics.counted(approver, this.log.unread(approver));
		}
	}

}
