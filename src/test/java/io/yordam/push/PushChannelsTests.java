package io.yordam.push;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.yordam.notices.NoticeIssued;
import io.yordam.support.Parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Both push channels against local stand-ins of the real services: a browser's push
 * service that checks the VAPID signature and decrypts the payload with the
 * subscription's keys, and Firebase (its OAuth2 token endpoint verifying the service
 * account's assertion, and FCM's send checking the token it issued). Notices are
 * published as the notices module will publish them.
 */
class PushChannelsTests extends PushTestSupport {

	@Test
	void aNoticeReachesTheBrowserEncryptedForItsSubscriptionAndSignedWithTheVapidKey() throws Exception {
		String customer = newCustomer();
		FakePushService.Browser browser = subscribe(customer);
		NoticeIssued notice = notice(customer, "Buyurtma kechikmoqda", "Kuryer 10 daqiqada yetib keladi");
		publish(notice);

		await().atMost(Duration.ofSeconds(20)).until(() -> !pushService.to(browser).isEmpty());
		FakePushService.Received received = pushService.to(browser).get(0);
		assertThat(received.encoding()).isEqualTo("aes128gcm");
		assertThat(received.payload().path("noticeId").asString()).isEqualTo(notice.noticeId().toString());
		assertThat(received.payload().path("title").asString()).isEqualTo("Buyurtma kechikmoqda");
		assertThat(received.payload().path("body").asString()).isEqualTo("Kuryer 10 daqiqada yetib keladi");
		assertThat(received.payload().path("orderId").asString()).isEqualTo(notice.orderId());
		assertThat(received.payload().path("kind").asString()).isEqualTo("ORDER_LATE");
		assertThat(received.vapidClaims().path("sub").asString()).isEqualTo("mailto:push-tests@yordam.io");
		assertThat(pushService.rejections).isEmpty();
		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(notice)));
	}

	@Test
	void aNoticeReachesThePhoneThroughFcmWithTheServiceAccountsToken() throws Exception {
		String customer = newCustomer();
		String token = registerPhone(customer);
		NoticeIssued notice = notice(customer, "Заказ доставлен", "Что-то не так? Напишите нам");
		publish(notice);

		await().atMost(Duration.ofSeconds(20)).until(() -> !fcm.to(token).isEmpty());
		JsonNode message = fcm.to(token).get(0);
		assertThat(message.path("notification").path("title").asString()).isEqualTo("Заказ доставлен");
		assertThat(message.path("notification").path("body").asString()).isEqualTo("Что-то не так? Напишите нам");
		assertThat(message.path("data").path("orderId").asString()).isEqualTo(notice.orderId());
		assertThat(message.path("data").path("noticeId").asString()).isEqualTo(notice.noticeId().toString());
		assertThat(message.path("android").path("priority").asString()).isEqualTo("HIGH");
		assertThat(fcm.rejections).isEmpty();
		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(notice)));
	}

	@Test
	void aSubscriptionThePushServiceSaysIsGoneIsRemovedAndSoIsAnUnregisteredToken() throws Exception {
		String customer = newCustomer();
		FakePushService.Browser browser = subscribe(customer);
		String token = registerPhone(customer);
		pushService.answer(browser, 410, -1);
		fcm.answer(token, 404);
		NoticeIssued notice = notice(customer, "Kuryer yaqin", "Kuryer 2 daqiqada");
		publish(notice);

		await().atMost(Duration.ofSeconds(20)).until(() -> devices(customer) == 0);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForList("select status from push_deliveries where notice_id = ?", String.class,
					notice.noticeId()), statuses -> statuses.equals(List.of("GONE", "GONE")));
		publish(notice(customer, "Yetkazildi", "Buyurtma yetkazildi"));
		Thread.sleep(500);
		assertThat(pushService.to(browser)).as("nothing more to a removed subscription").hasSize(1);
		assertThat(fcm.to(token)).hasSize(1);
	}

	@Test
	void aSendThePushServiceCannotTakeNowIsTriedAgainAfterItsRetryAfterAndSentOnce() throws Exception {
		String customer = newCustomer();
		FakePushService.Browser browser = subscribe(customer);
		String token = registerPhone(customer);
		pushService.answer(browser, 503, 1);
		fcm.answer(token, 503);
		NoticeIssued notice = notice(customer, "Vaqt o'zgardi", "Yangi vaqt 19:40");
		Instant published = Instant.now();
		publish(notice);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForList("select status from push_deliveries where notice_id = ?", String.class,
					notice.noticeId()), statuses -> statuses.equals(List.of("SENT", "SENT")));
		assertThat(Duration.between(published, Instant.now())).as("Retry-After: 1 was waited")
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		Thread.sleep(1500);
		assertThat(pushService.to(browser)).as("the refused try and the one that got through").hasSize(2);
		assertThat(fcm.to(token)).hasSize(2);
		assertThat(this.jdbc.queryForList("select attempts from push_deliveries where notice_id = ?", Integer.class,
				notice.noticeId()))
			.containsExactly(2, 2);
	}

	@Test
	void aSendThatKeepsFailingIsGivenUpAfterTheLastTryAndRecorded() throws Exception {
		String customer = newCustomer();
		FakePushService.Browser browser = subscribe(customer);
		for (int i = 0; i < 5; i++) {
			pushService.answer(browser, 500, -1);
		}
		NoticeIssued notice = notice(customer, "To'lov rad etildi", "Kartani tekshiring");
		publish(notice);

		await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(status(notice)));
		Thread.sleep(1500);
		assertThat(pushService.to(browser)).as("three tries, then no more").hasSize(3);
		assertThat(this.jdbc.queryForObject("select last_error from push_deliveries where notice_id = ?", String.class,
				notice.noticeId()))
			.startsWith("gave up after 3 tries: HTTP 500");
		assertThat(devices(customer)).as("a failing service is not a gone subscription").isEqualTo(1);
	}

	@Test
	void theSameNoticeRedeliveredInParallelReachesEachDeviceOnce() throws Exception {
		String customer = newCustomer();
		FakePushService.Browser browser = subscribe(customer);
		FakePushService.Browser secondBrowser = subscribe(customer);
		String token = registerPhone(customer);
		NoticeIssued notice = notice(customer, "Taom bekor qilindi", "Lag'mon bekor qilindi");
		List<Callable<Boolean>> redeliveries = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			redeliveries.add(() -> {
				publish(notice);
				return true;
			});
		}
		Parallel.all(redeliveries);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> pushService.to(browser).size() + pushService.to(secondBrowser).size()
					+ fcm.to(token).size() >= 3);
		Thread.sleep(1500);
		assertThat(pushService.to(browser)).hasSize(1);
		assertThat(pushService.to(secondBrowser)).hasSize(1);
		assertThat(fcm.to(token)).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from push_deliveries where notice_id = ?", Integer.class,
				notice.noticeId()))
			.isEqualTo(3);
	}

}
