package io.yordam.telegram;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;

/**
 * The deep link that links a Telegram chat to a platform account:
 * {@code https://t.me/<bot>?start=<token>}. Telegram allows 64 characters of
 * {@code A-Z a-z 0-9 _ -} there, so the token is base64url (no padding) of the role (one
 * byte: 1 customer, 2 courier, 3 partner), the id (at most 31 bytes of UTF-8), the expiry
 * (4 bytes, minutes since the epoch) and the first 12 bytes of HMAC-SHA256 of all that
 * with {@code yordam.telegram.link-secret}. The platform can make one itself with the
 * shared secret; docs/integration.md has the recipe.
 */
final class DeepLinks {

	static final int MAX_ID_BYTES = 31;

	private static final int MAC_BYTES = 12;

	private final byte[] secret;

	private final Duration validity;

	private final Clock clock;

	DeepLinks(String secret, Duration validity, Clock clock) {
		if (secret.length() < 16) {
			throw new IllegalStateException("yordam.telegram.link-secret must have at least 16 characters");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.validity = validity;
		this.clock = clock;
	}

	record Link(String token, Instant expiresAt) {
	}

	Link issue(Participant who) {
		byte[] id = who.id().getBytes(StandardCharsets.UTF_8);
		if (id.length > MAX_ID_BYTES) {
			throw new io.yordam.common.InvalidInputException("sub", "max-length",
					"An id of at most " + MAX_ID_BYTES + " bytes fits a deep link");
		}
		Instant expires = this.clock.instant().plus(this.validity);
		ByteBuffer payload = ByteBuffer.allocate(1 + id.length + 4);
		payload.put(code(who.role())).put(id).putInt((int) (expires.getEpochSecond() / 60));
		byte[] signed = Arrays.copyOf(payload.array(), payload.capacity() + MAC_BYTES);
		System.arraycopy(mac(payload.array()), 0, signed, payload.capacity(), MAC_BYTES);
		return new Link(Base64.getUrlEncoder().withoutPadding().encodeToString(signed),
				Instant.ofEpochSecond((expires.getEpochSecond() / 60) * 60));
	}

	/** Whose link this is; empty for a forged, altered or expired one. */
	Optional<Participant> verify(String token) {
		byte[] signed;
		try {
			signed = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (signed.length < 1 + 1 + 4 + MAC_BYTES || signed.length > 1 + MAX_ID_BYTES + 4 + MAC_BYTES) {
			return Optional.empty();
		}
		byte[] payload = Arrays.copyOf(signed, signed.length - MAC_BYTES);
		byte[] given = Arrays.copyOfRange(signed, payload.length, signed.length);
		if (!MessageDigest.isEqual(given, Arrays.copyOf(mac(payload), MAC_BYTES))) {
			return Optional.empty();
		}
		ByteBuffer read = ByteBuffer.wrap(payload);
		int role = read.get();
		byte[] id = new byte[payload.length - 5];
		read.get(id);
		long expiresMinute = Integer.toUnsignedLong(read.getInt());
		if (role < 1 || role > 3 || this.clock.instant().getEpochSecond() / 60 > expiresMinute) {
			return Optional.empty();
		}
		return Optional.of(new Participant(ROLES[role - 1], new String(id, StandardCharsets.UTF_8)));
	}

	private static final PlatformRole[] ROLES = { PlatformRole.CUSTOMER, PlatformRole.COURIER, PlatformRole.PARTNER };

	private static byte code(PlatformRole role) {
		return switch (role) {
			case CUSTOMER -> 1;
			case COURIER -> 2;
			case PARTNER -> 3;
		};
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
