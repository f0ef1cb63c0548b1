package io.yordam.push;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.notices.NoticeIssued;
import io.yordam.notices.NoticeKind;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The push tests' common ground: both channels on, against local stand-ins of the real
 * services (one context for every subclass), and the steps the tests take.
 */
@YordamTest
abstract class PushTestSupport {

	static final KeyPair vapid = vapidPair();

	static final String VAPID_PUBLIC = FakePushService
		.b64(FakePushService.uncompressed((ECPublicKey) vapid.getPublic()));

	static final FakePushService pushService = new FakePushService(VAPID_PUBLIC);

	static final FakeFcm fcm = fcm();

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) throws Exception {
		registry.add("yordam.webpush.enabled", () -> "true");
		registry.add("yordam.webpush.subject", () -> "mailto:push-tests@yordam.io");
		registry.add("yordam.webpush.vapid-public-key", () -> VAPID_PUBLIC);
		registry.add("yordam.webpush.vapid-private-key",
				() -> FakePushService.privateKey((ECPrivateKey) vapid.getPrivate()));
		registry.add("yordam.webpush.allowed-hosts", () -> "127.0.0.1");
		registry.add("yordam.webpush.allow-http", () -> "true");
		String account = fcm.serviceAccountFile().toString();
		registry.add("yordam.fcm.enabled", () -> "true");
		registry.add("yordam.fcm.project-id", () -> FakeFcm.PROJECT);
		registry.add("yordam.fcm.service-account-file", () -> account);
		registry.add("yordam.fcm.api-url", fcm::url);
		registry.add("yordam.push.retry-first", () -> "PT0.2S");
		registry.add("yordam.push.retry-max", () -> "PT1S");
		registry.add("yordam.push.max-attempts", () -> "3");
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	static {
		// Every subclass shares the context and so these servers: stopped with the JVM,
		// not
		// after the first class.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			pushService.stop();
			fcm.stop();
		}));
	}

	FakePushService.Browser subscribe(String customer) throws Exception {
		FakePushService.Browser browser = pushService.subscribe();
		Http.Response response = new Http(this.port)
			.post("/api/v1/me/push/subscriptions",
					Map.of("endpoint", browser.endpoint(), "keys",
							Map.of("p256dh", browser.p256dh(), "auth", browser.auth())))
			.bearer(bearer(customer))
			.send();
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return browser;
	}

	String registerPhone(String customer) {
		String token = "fcm-" + UUID.randomUUID() + ":APA91b" + UUID.randomUUID().toString().replace("-", "");
		Http.Response response = new Http(this.port).post("/api/v1/me/push/devices", Map.of("token", token))
			.bearer(bearer(customer))
			.send();
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return token;
	}

	String bearer(String customer) {
		return this.tokens.issue(new PlatformUser(customer, PlatformRole.CUSTOMER, "Dilnoza", "uz"),
				Duration.ofMinutes(5));
	}

	static String newCustomer() {
		return "c-push-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static NoticeIssued notice(String customer, String title, String body) {
		return new NoticeIssued(UUID.randomUUID(), customer, NoticeKind.ORDER_LATE,
				"o-" + UUID.randomUUID().toString().substring(0, 6), "10042", "uz", title, body, Instant.now());
	}

	void publish(NoticeIssued notice) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.events.publishEvent(notice));
	}

	String status(NoticeIssued notice) {
		return this.jdbc.queryForObject("select status from push_deliveries where notice_id = ?", String.class,
				notice.noticeId());
	}

	int devices(String customer) {
		return this.jdbc.queryForObject(
				"select count(*) from push_devices where participant_role = 'CUSTOMER' and participant_id = ?",
				Integer.class, customer);
	}

	private static KeyPair vapidPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static FakeFcm fcm() {
		try {
			return new FakeFcm();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
