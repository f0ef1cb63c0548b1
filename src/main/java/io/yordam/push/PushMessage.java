package io.yordam.push;

import java.util.UUID;

import io.yordam.notices.NoticeKind;

/**
 * What a device is sent: a notice, already in the customer's language.
 *
 * @param noticeId the notice
 * @param kind why
 * @param orderId the order (opened in the chat when the notification is tapped)
 * @param orderNumber the order's number as the customer sees it
 * @param locale the language it is written in
 * @param title the notification's title
 * @param body its text
 */
public record PushMessage(UUID noticeId, NoticeKind kind, String orderId, String orderNumber, String locale,
		String title, String body) {

}
