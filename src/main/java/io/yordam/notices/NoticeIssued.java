package io.yordam.notices;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice was decided and is to reach the customer: rendered already in the customer's
 * language, with the live facts filled in. Published once per (order, kind); each
 * delivery channel listens and sends it its own way, once per notice and device.
 *
 * @param noticeId the notice, the key every channel delivers it once by
 * @param customerId the customer, as the platform knows them (role CUSTOMER)
 * @param kind why
 * @param orderId the order it is about (the platform's id)
 * @param orderNumber the order's number as the customer sees it
 * @param locale the language it is written in (ru, uz, en)
 * @param title a short title (a push notification's)
 * @param body the text
 * @param at when it was decided
 */
public record NoticeIssued(UUID noticeId, String customerId, NoticeKind kind, String orderId, String orderNumber,
		String locale, String title, String body, Instant at) {

}
