package io.yordam.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * An operator's own notifications: the unread counts, the latest, marking read, and their
 * settings. Only ever the signed-in operator's: another's notification is not found.
 * Every read is pushed to the operator's topic, so their other pages count the same.
 */
@Service
class NotificationInbox {

	static final int LATEST = 20;

	private final NotificationLog log;

	private final NotificationSettingsStore settings;

	private final NotificationTopics topics;

	private final Clock clock;

	NotificationInbox(NotificationLog log, NotificationSettingsStore settings, NotificationTopics topics, Clock clock) {
		this.log = log;
		this.settings = settings;
		this.topics = topics;
		this.clock = clock;
	}

	State state(OperatorId me, int limit) {
		Map<NotificationKind, Integer> unread = this.log.unread(me);
		return new State(total(unread), unread, this.log.latest(me, limit), this.settings.of(me));
	}

	/**
	 * Marks read what the request names: one notification, a ticket's, a kind's, or all.
	 */
	State read(OperatorId me, ReadRequest request) {
		var now = this.clock.instant();
		if (Boolean.TRUE.equals(request.all())) {
			this.log.markAllRead(me, now);
		}
		else if (request.id() != null) {
			if (!this.log.ownerOf(request.id()).map(me::equals).orElse(false)) {
				throw new NotFoundException("notification");
			}
			this.log.markRead(me, request.id(), now);
		}
		else if (request.ticketId() != null) {
			this.log.markTicketRead(me, request.ticketId(), now);
		}
		else if (request.kind() != null) {
			this.log.markKindRead(me, request.kind(), now);
		}
		else {
			throw new InvalidInputException("ticketId", "required", "Name what was read: id, ticketId, kind or all");
		}
		Map<NotificationKind, Integer> unread = this.log.unread(me);
		this.topics.counted(me, unread);
		return new State(total(unread), unread, List.of(), this.settings.of(me));
	}

	NotificationSettings settings(OperatorId me) {
		return this.settings.of(me);
	}

	NotificationSettings saveSettings(OperatorId me, NotificationSettings chosen) {
		this.settings.save(me, chosen, this.clock.instant());
		return this.settings.of(me);
	}

	private static int total(Map<NotificationKind, Integer> unread) {
		return unread.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** What the page needs: the counts, the latest, and how to tell (sound, desktop). */
	record State(int unread, Map<NotificationKind, Integer> unreadByKind, List<Notification> items,
			NotificationSettings settings) {
	}

	/** What was read: one notification, a ticket's, a kind's, or all. */
	record ReadRequest(UUID id, UUID ticketId, NotificationKind kind, Boolean all) {
	}

}
