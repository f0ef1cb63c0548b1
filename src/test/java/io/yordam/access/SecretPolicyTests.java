package io.yordam.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretPolicyTests {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Test
	void refusesTheDemoDefaultsAndThePlaceholders() {
		for (String value : new String[] { "demo-platform-secret-change-me",
				"demo-platform-token-secret-change-me-0123456789", "change-me-to-a-long-random-secret",
				"change-me-to-at-least-32-random-bytes", "CHANGEME-x8Jq2LmN4pR7tV9wY1zB3dF5",
				"my-Example-9fK2xQ7LmN4pR7tVw3Zs8Hd", "Password123!Password123!Password123!",
				"demo-k9Qz2Lp7Xw4Rt8Mn3Vb6Hj1Gf5Dc0Sa", "guest", "", "   " }) {
			assertThat(SecretPolicy.signingKey(value)).as(value).isInstanceOf(SecretPolicy.Verdict.Refused.class);
			assertThat(SecretPolicy.notAPlaceholder(value)).as(value).isInstanceOf(SecretPolicy.Verdict.Refused.class);
		}
		assertThat(SecretPolicy.signingKey(null)).isEqualTo(new SecretPolicy.Verdict.Refused("is not set"));
	}

	@Test
	void refusesLowEntropyKeys() {
		assertThat(SecretPolicy.signingKey("a".repeat(64))).isInstanceOf(SecretPolicy.Verdict.Refused.class);
		assertThat(SecretPolicy.signingKey("ab".repeat(40))).isInstanceOf(SecretPolicy.Verdict.Refused.class);
		// Many distinct characters, but a repeated block: as strong as the block.
		assertThat(SecretPolicy.signingKey("k9Qz!w2Lp#".repeat(8))).isInstanceOf(SecretPolicy.Verdict.Refused.class);
		// Many distinct characters in a run: each one follows from the last.
		assertThat(SecretPolicy.signingKey("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
			.isInstanceOf(SecretPolicy.Verdict.Refused.class);
		// Random, but too short to hold 128 bits.
		assertThat(SecretPolicy.signingKey("x8Jq2LmN4pR7tV9w")).isInstanceOf(SecretPolicy.Verdict.Refused.class);
	}

	@Test
	void acceptsWhatOpensslPrints() {
		for (int i = 0; i < 50; i++) {
			assertThat(SecretPolicy.signingKey(base64(48))).isEqualTo(new SecretPolicy.Verdict.Accepted());
			assertThat(SecretPolicy.signingKey(base64(32))).isEqualTo(new SecretPolicy.Verdict.Accepted());
			assertThat(SecretPolicy.signingKey(hex(32))).isEqualTo(new SecretPolicy.Verdict.Accepted());
		}
	}

	@Test
	void aDatabasePasswordNeedsOnlyToBeNoPlaceholder() {
		assertThat(SecretPolicy.notAPlaceholder("Tr0ub4dor&3-horse")).isEqualTo(new SecretPolicy.Verdict.Accepted());
		assertThat(SecretPolicy.notAPlaceholder("change-me")).isInstanceOf(SecretPolicy.Verdict.Refused.class);
	}

	@Test
	void theRefusalNeverRepeatsTheValue() {
		String weak = "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz";
		assertThat(SecretPolicy.signingKey(weak)).isInstanceOfSatisfying(SecretPolicy.Verdict.Refused.class,
				refused -> assertThat(refused.why()).doesNotContain(weak));
	}

	private static String base64(int bytes) {
		byte[] b = new byte[bytes];
		RANDOM.nextBytes(b);
		return Base64.getEncoder().encodeToString(b);
	}

	private static String hex(int bytes) {
		byte[] b = new byte[bytes];
		RANDOM.nextBytes(b);
		return HexFormat.of().formatHex(b);
	}

}
