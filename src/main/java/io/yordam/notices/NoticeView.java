package io.yordam.notices;

import java.time.Instant;
import java.util.UUID;

/** A notice as the customer's app and the agent's customer-360 show it. */
public record NoticeView(UUID id, NoticeKind kind, String orderId, String orderNumber, String locale, String title,
		String body, NoticeStatus status, Instant at) {
}
