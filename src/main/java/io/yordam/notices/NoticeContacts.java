package io.yordam.notices;

import java.time.Clock;
import java.time.Duration;

import io.yordam.common.Durable;
import io.yordam.conversations.ConversationStarted;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A customer who opens a conversation with support (on any channel) marks the notices
 * decided for them in the hour before — told or held out — as followed by a contact: what
 * the deflection report counts. A conversation support opened itself (the declined card's
 * playbook) is not the customer asking.
 */
@Component
class NoticeContacts {

	/** How long after a notice a contact still counts against it (issue 17 §4). */
	static final Duration WINDOW = Duration.ofHours(1);

	private final NoticeBook book;

	private final Clock clock;

	NoticeContacts(NoticeBook book, Clock clock) {
		this.book = book;
		this.clock = clock;
	}

	// Marked once (contacted_at is null): a redelivered event changes nothing. The time
	// is
	// when the event is handled, seconds after the start unless the node was down.
	@Durable
	@Async
	@TransactionalEventListener(
			condition = "#event.participantRole().name() == 'CUSTOMER' and !#event.startedBySupport()")
	void on(ConversationStarted event) {
		this.book.contacted(event.participantId(), this.clock.instant(), WINDOW);
	}

}
