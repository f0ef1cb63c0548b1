package io.yordam.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.YordamApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Finding 9 of issue 10: the Kubernetes manifest's {@code change-me-…} values and the
 * demo's defaults passed every length check, so production could run on them. The
 * {@code prod} profile now refuses to start on them, saying how to make a real one.
 */
class ProductionRefusesPlaceholderSecretsTests {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Test
	void theProdProfileRefusesToStartOnTheDemoPlatformSecret() {
		assertThatThrownBy(() -> start("demo-platform-secret-change-me", strong()))
			.isInstanceOf(IllegalStateException.class)
			.message()
			.startsWith("The prod profile refuses to start: YORDAM_PLATFORM_SECRET (yordam.platform.secret) ")
			.contains("generate one with: openssl rand -base64 48")
			.doesNotContain("YORDAM_PLATFORM_TOKEN_SECRET", "YORDAM_DB_PASSWORD");
	}

	@Test
	void theProdProfileRefusesToStartOnALowEntropyTokenSecret() {
		// Twelve distinct characters, long enough, but one block repeated.
		assertThatThrownBy(() -> start(strong(), "k9Qz!w2Lp#Xv".repeat(4)))
			.hasStackTraceContaining(
					"YORDAM_PLATFORM_TOKEN_SECRET (yordam.security.platform-token-secret) is too predictable")
			.hasStackTraceContaining("openssl rand -base64 48");
	}

	@Test
	void everyPlaceholderOfTheKubernetesManifestIsRefused() throws IOException {
		String manifest = Files.readString(Path.of("deploy/k8s/yordam.yaml"));
		List<ProductionSecrets.Secret> secrets = new java.util.ArrayList<>(ProductionSecrets.SECRETS);
		secrets.add(ProductionSecrets.RELAY_PASSCODE);
		secrets.add(ProductionSecrets.SCRAPE_TOKEN);
		for (ProductionSecrets.Secret secret : secrets) {
			Matcher value = Pattern.compile("(?m)^\\s*" + secret.variable() + ":\\s*\"?([^\"\\n]*)\"?\\s*$")
				.matcher(manifest);
			assertThat(value.find()).as(secret.variable() + " in the manifest").isTrue();
			assertThat(secret.policy().apply(value.group(1).strip())).as(secret.variable())
				.isInstanceOf(SecretPolicy.Verdict.Refused.class);
		}
	}

	@Test
	void aMetricsScrapeTokenIfSetMustBeARealKey() {
		// Issue 14: optional (without it only admins read the metrics), but never a
		// placeholder.
		assertThatThrownBy(
				() -> start(strong(), strong(), "--yordam.metrics.scrape-token=change-me-to-a-long-random-token"))
			.hasStackTraceContaining(
					"YORDAM_METRICS_SCRAPE_TOKEN (yordam.metrics.scrape-token) looks like a placeholder")
			.hasStackTraceContaining("openssl rand -base64 48");
	}

	@Test
	void aCtiSecretIfSetMustBeARealKey() {
		// Issue 15: the phone lines' webhook is closed without one, but never opened with
		// a
		// placeholder.
		assertThatThrownBy(() -> start(strong(), strong(), "--yordam.phone.cti-secret=change-me-cti-secret-1234"))
			.hasStackTraceContaining("YORDAM_PHONE_CTI_SECRET (yordam.phone.cti-secret) looks like a placeholder");
	}

	@Test
	void withTheEmailChannelOnTheSurveyLinksKeyMustBeARealKey() {
		// Issue 16: mailed survey links are signed with it; the demo's default would let
		// anyone rate any ticket.
		assertThatThrownBy(() -> start(strong(), strong(), "--yordam.email.enabled=true")).hasStackTraceContaining(
				"YORDAM_FEEDBACK_LINK_SECRET (yordam.feedback.link-secret) looks like a placeholder");
	}

	@Test
	void withWebPushOnTheVapidKeyMustBeSetAndNoPlaceholder() {
		// Issue 17: every push is signed with it.
		assertThatThrownBy(() -> start(strong(), strong(), "--yordam.webpush.enabled=true"))
			.hasStackTraceContaining("YORDAM_WEBPUSH_VAPIDPRIVATEKEY (yordam.webpush.vapid-private-key) is not set");
		assertThatThrownBy(() -> start(strong(), strong(), "--yordam.webpush.enabled=true",
				"--yordam.webpush.vapid-private-key=change-me-vapid-private-key"))
			.hasStackTraceContaining(
					"YORDAM_WEBPUSH_VAPIDPRIVATEKEY (yordam.webpush.vapid-private-key) looks like a " + "placeholder");
	}

	/** Starts Yordam with the prod profile; must not get past the check. */
	private static void start(String platformSecret, String tokenSecret, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--yordam.test.own-datasource=true",
				"--spring.datasource.url=jdbc:h2:mem:prod-refusal;MODE=PostgreSQL",
				"--spring.datasource.username=yordam_app", "--spring.datasource.password=" + strong(),
				"--yordam.platform.webhook-url=http://127.0.0.1:9/webhook",
				"--yordam.platform.secret=" + platformSecret, "--yordam.security.platform-token-secret=" + tokenSecret,
				// The prod profile logs JSON; the format is a JVM-wide system property
				// that the
				// next test contexts would inherit.
				"--logging.structured.format.console="));
		args.addAll(List.of(more));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YordamApplication.class)
			.profiles("prod")
			.run(args.toArray(String[]::new))) {
			fail("Yordam started in production with a placeholder or weak secret");
		}
	}

	private static String strong() {
		byte[] bytes = new byte[48];
		RANDOM.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
