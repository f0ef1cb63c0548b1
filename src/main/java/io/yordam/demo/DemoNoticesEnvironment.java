package io.yordam.demo;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo's notices, at the lowest precedence. Its time runs about tenfold (an order is
 * late a few minutes after its promise), so an order is told late at 2 minutes and a
 * moved arrival time beyond 1; late care is on in its cities; no quiet hours. Web Push is
 * on with a VAPID pair made at start (browsers' subscriptions last as long as the demo
 * does) unless {@code yordam.demo.push.enabled=false} or the channel is configured. A
 * production server has its own pair, kept as a secret (docs/push.md).
 */
public class DemoNoticesEnvironment implements EnvironmentPostProcessor {

	static final String SOURCE = "yordamDemoPush";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("yordam.demo.enabled", Boolean.class, false)
				|| environment.getPropertySources().contains(SOURCE)) {
			return;
		}
		Map<String, Object> settings = new HashMap<>();
		settings.put("yordam.notices.late-after-minutes", "2");
		settings.put("yordam.notices.eta-shift-minutes", "1");
		settings.put("yordam.notices.late-care-cities", String.join(",", DemoMenus.CITIES));
		settings.put("yordam.notices.late-care-daily-budget", "2000000");
		// A demo is played at any hour: no quiet hours, so every notice shows at once.
		settings.put("yordam.notices.quiet-from-hour", "0");
		settings.put("yordam.notices.quiet-to-hour", "0");
		// One order in ten is told nothing, so that the notices' report has a comparison
		// to
		// show (issue 17 §4); the customers of that tenth are not told, as in production.
		settings.put("yordam.notices.holdout-percent", "10");
		if (environment.getProperty("yordam.demo.push.enabled", Boolean.class, true)
				&& !environment.containsProperty("yordam.webpush.enabled")) {
			webPush(settings);
		}
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE, settings));
	}

	private static void webPush(Map<String, Object> settings) {
		KeyPair pair = pair();
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
		byte[] point = new byte[65];
		point[0] = 4; // uncompressed
		System.arraycopy(fixed(publicKey.getW().getAffineX()), 0, point, 1, 32);
		System.arraycopy(fixed(publicKey.getW().getAffineY()), 0, point, 33, 32);
		settings.put("yordam.webpush.enabled", "true");
		settings.put("yordam.webpush.subject", "mailto:support@tezkor.example");
		settings.put("yordam.webpush.vapid-public-key", b64.encodeToString(point));
		settings.put("yordam.webpush.vapid-private-key",
				b64.encodeToString(fixed(((ECPrivateKey) pair.getPrivate()).getS())));
	}

	private static KeyPair pair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("No P-256 in this JDK", ex);
		}
	}

	/** A coordinate or scalar as exactly 32 big-endian bytes. */
	private static byte[] fixed(BigInteger value) {
		byte[] bytes = value.toByteArray();
		byte[] out = new byte[32];
		int copy = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
		return out;
	}

}
