package io.yordam.notifications;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.yordam.access.OperatorId;
import io.yordam.access.Principals;
import io.yordam.realtime.TopicGuard;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Each operator's own topic, {@code /topic/notifications.<operator id>}: only that
 * operator may subscribe (not another operator, not a customer). A topic rather than a
 * user destination, so that the same name works on RabbitMQ's relay and every node's
 * frames reach the operator wherever their page is connected.
 */
@Component
class NotificationTopics implements TopicGuard {

	static final String PREFIX = "/topic/notifications.";

	private final SimpMessagingTemplate broker;

	NotificationTopics(SimpMessagingTemplate broker) {
		this.broker = broker;
	}

	/** A new notification, with the operator's unread counts after it. */
	void told(OperatorId to, Notification notification, Map<NotificationKind, Integer> unread) {
		Map<String, Object> payload = counts("notification", unread);
		payload.put("item", item(notification));
		this.broker.convertAndSend(PREFIX + to, (Object) payload);
	}

	/** Something was read (on this page or another of theirs): the counts now. */
	void counted(OperatorId to, Map<NotificationKind, Integer> unread) {
		this.broker.convertAndSend(PREFIX + to, (Object) counts("unread", unread));
	}

	static Map<String, Object> counts(String type, Map<NotificationKind, Integer> unread) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", type);
		payload.put("unread", unread.values().stream().mapToInt(Integer::intValue).sum());
		payload.put("unreadByKind", Map.copyOf(unread));
		return payload;
	}

	/** Written by hand: the time as ISO 8601, whatever the broker's JSON settings. */
	static Map<String, Object> item(Notification n) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", n.id().toString());
		item.put("kind", n.kind().name());
		item.put("ticketId", (n.ticketId() != null) ? n.ticketId().toString() : null);
		item.put("ticketNumber", n.ticketNumber());
		item.put("customerName", n.customerName());
		item.put("orderNumber", n.orderNumber());
		item.put("detail", n.detail());
		item.put("createdAt", n.createdAt().toString());
		item.put("read", n.read());
		item.put("url", n.url());
		return item;
	}

	@Override
	public boolean claims(String destination) {
		return destination.startsWith(PREFIX);
	}

	@Override
	public boolean maySubscribe(Principal user, String destination) {
		return Principals.operator(user)
			.filter(operator -> destination.equals(PREFIX + operator.id().value()))
			.isPresent();
	}

}
