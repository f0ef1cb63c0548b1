package io.yordam.feedback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The token of a mailed survey's page, {@code /survey/<token>}: base64url (no padding) of
 * the survey's id (16 bytes), the expiry (4 bytes, minutes since the epoch) and the first
 * 16 bytes of HMAC-SHA256 over {@code "survey:"} and both, with
 * {@code yordam.feedback.link-secret}. Compared in constant time; only a token that is
 * ours is then told apart as expired. The score is not in it: the links differ by
 * {@code ?score=}, which only preselects the form.
 */
@Component
class SurveyLinks {

	private static final byte[] PURPOSE = "survey:".getBytes(StandardCharsets.US_ASCII);

	private static final int PAYLOAD = 16 + 4;

	private static final int MAC_BYTES = 16;

	private final byte[] secret;

	private final Duration validity;

	private final Clock clock;

	SurveyLinks(@Value("${yordam.feedback.link-secret}") String secret,
			@Value("${yordam.feedback.link-validity:P14D}") Duration validity, Clock clock) {
		if (secret.length() < 32) {
			throw new IllegalStateException("yordam.feedback.link-secret must have at least 32 characters");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.validity = validity;
		this.clock = clock;
	}

	record Link(String token, Instant expiresAt) {
	}

	sealed interface Verdict permits Valid, Expired, Forged {

	}

	record Valid(UUID surveyId) implements Verdict {
	}

	record Expired() implements Verdict {
	}

	record Forged() implements Verdict {
	}

	Link issue(UUID surveyId) {
		long expiresMinute = this.clock.instant().plus(this.validity).getEpochSecond() / 60;
		ByteBuffer payload = ByteBuffer.allocate(PAYLOAD);
		payload.putLong(surveyId.getMostSignificantBits())
			.putLong(surveyId.getLeastSignificantBits())
			.putInt((int) expiresMinute);
		byte[] signed = Arrays.copyOf(payload.array(), PAYLOAD + MAC_BYTES);
		System.arraycopy(mac(payload.array()), 0, signed, PAYLOAD, MAC_BYTES);
		return new Link(Base64.getUrlEncoder().withoutPadding().encodeToString(signed),
				Instant.ofEpochSecond(expiresMinute * 60));
	}

	Verdict verify(String token) {
		byte[] signed;
		try {
			signed = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			return new Forged();
		}
		if (signed.length != PAYLOAD + MAC_BYTES) {
			return new Forged();
		}
		byte[] payload = Arrays.copyOf(signed, PAYLOAD);
		byte[] given = Arrays.copyOfRange(signed, PAYLOAD, signed.length);
		if (!MessageDigest.isEqual(given, Arrays.copyOf(mac(payload), MAC_BYTES))) {
			return new Forged();
		}
		ByteBuffer read = ByteBuffer.wrap(payload);
		UUID survey = new UUID(read.getLong(), read.getLong());
		long expiresMinute = Integer.toUnsignedLong(read.getInt());
		if (this.clock.instant().getEpochSecond() / 60 >= expiresMinute) {
			return new Expired();
		}
		return new Valid(survey);
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			mac.update(PURPOSE);
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
