package io.yordam.access;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The {@code prod} profile refuses to start on a placeholder, a demo value or a weak key
 * ({@link SecretPolicy}): the Kubernetes manifest's {@code change-me-…} values and the
 * demo's defaults pass every length check, so length alone said nothing. Checked as a
 * bean factory post-processor, before any bean (the database pool, the web server) is
 * made.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionSecrets {

	/** What is checked, under which variable an operator sets it, and how. */
	record Secret(String property, String variable, Function<String, SecretPolicy.Verdict> policy) {
	}

	static final List<Secret> SECRETS = List.of(
			new Secret("yordam.platform.secret", "YORDAM_PLATFORM_SECRET", SecretPolicy::signingKey),
			new Secret("yordam.security.platform-token-secret", "YORDAM_PLATFORM_TOKEN_SECRET",
					SecretPolicy::signingKey),
			new Secret("spring.datasource.password", "YORDAM_DB_PASSWORD", SecretPolicy::notAPlaceholder));

	static final Secret RELAY_PASSCODE = new Secret("yordam.realtime.relay.passcode", "YORDAM_STOMP_RELAY_PASSCODE",
			SecretPolicy::notAPlaceholder);

	/** Optional: without it only admins read the metrics; with it, a real key. */
	static final Secret SCRAPE_TOKEN = new Secret("yordam.metrics.scrape-token", "YORDAM_METRICS_SCRAPE_TOKEN",
			SecretPolicy::signingKey);

	/**
	 * Optional: the phone lines' CTI webhook is closed without it; with it, a real key.
	 */
	static final Secret CTI_SECRET = new Secret("yordam.phone.cti-secret", "YORDAM_PHONE_CTI_SECRET",
			SecretPolicy::signingKey);

	/**
	 * With the email channel on: the key of the survey links mailed to customers
	 * (feedback.SurveyLinks); its demo default would let anyone rate any ticket.
	 */
	static final Secret SURVEY_LINK_SECRET = new Secret("yordam.feedback.link-secret", "YORDAM_FEEDBACK_LINK_SECRET",
			SecretPolicy::signingKey);

	/**
	 * With Web Push on: the VAPID private key that signs every push (a P-256 key the
	 * operator makes; the demo makes one at start, which a server must never do).
	 */
	static final Secret VAPID_PRIVATE_KEY = new Secret("yordam.webpush.vapid-private-key",
			"YORDAM_WEBPUSH_VAPIDPRIVATEKEY", SecretPolicy::notAPlaceholder);

	@Bean
	static BeanFactoryPostProcessor productionSecretsCheck(Environment environment) {
		return beanFactory -> check(environment);
	}

	static void check(Environment environment) {
		List<Secret> checked = new ArrayList<>(SECRETS);
		if (environment.getProperty("yordam.realtime.relay.enabled", Boolean.class, false)) {
			checked.add(RELAY_PASSCODE);
		}
		if (environment.getProperty("yordam.email.enabled", Boolean.class, false)) {
			checked.add(SURVEY_LINK_SECRET);
		}
		if (environment.getProperty("yordam.webpush.enabled", Boolean.class, false)) {
			checked.add(VAPID_PRIVATE_KEY);
		}
		String scrapeToken = value(environment, SCRAPE_TOKEN.property());
		if (scrapeToken != null && !scrapeToken.isBlank()) {
			checked.add(SCRAPE_TOKEN);
		}
		String ctiSecret = value(environment, CTI_SECRET.property());
		if (ctiSecret != null && !ctiSecret.isBlank()) {
			checked.add(CTI_SECRET);
		}
		List<String> refusals = new ArrayList<>();
		for (Secret secret : checked) {
			if (secret.policy()
				.apply(value(environment, secret.property())) instanceof SecretPolicy.Verdict.Refused r) {
				refusals.add(secret.variable() + " (" + secret.property() + ") " + r.why());
			}
		}
		if (!refusals.isEmpty()) {
			throw new IllegalStateException("The prod profile refuses to start: " + String.join("; ", refusals)
					+ ". Set each to a random value of its own; " + SecretPolicy.HOW_TO_GENERATE + ".");
		}
	}

	private static String value(Environment environment, String property) {
		try {
			return environment.getProperty(property);
		}
		catch (IllegalArgumentException unresolved) {
			// "${YORDAM_PLATFORM_SECRET}" with the variable not set.
			return null;
		}
	}

}
