package io.yordam.notices;

import java.security.Principal;
import java.util.Map;

import io.yordam.access.PlatformRole;
import io.yordam.access.Principals;
import io.yordam.common.EventExecution;
import io.yordam.realtime.TopicGuard;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The app's live delivery: a sent notice on {@code /topic/notices.<customer id>}, which
 * only that customer may listen to. Not durable: the widget reads the history on every
 * (re)connect, so a frame missed is not a notice lost.
 */
@Component
class NoticeTopics implements TopicGuard {

	static final String PREFIX = "/topic/notices.";

	private final SimpMessagingTemplate broker;

	NoticeTopics(SimpMessagingTemplate broker) {
		this.broker = broker;
	}

	@Async(EventExecution.LIVE)
	@TransactionalEventListener
	void on(NoticeIssued event) {
		this.broker.convertAndSend(PREFIX + event.customerId(),
				(Object) Map.of("type", "notice", "notice",
						new NoticeView(event.noticeId(), event.kind(), event.orderId(), event.orderNumber(),
								event.locale(), event.title(), event.body(), NoticeStatus.SENT, event.at())));
	}

	@Override
	public boolean claims(String destination) {
		return destination.startsWith(PREFIX);
	}

	@Override
	public boolean maySubscribe(Principal user, String destination) {
		String customerId = destination.substring(PREFIX.length());
		return Principals.platformUser(user)
			.map(p -> p.role() == PlatformRole.CUSTOMER && p.id().equals(customerId))
			.orElse(false);
	}

}
