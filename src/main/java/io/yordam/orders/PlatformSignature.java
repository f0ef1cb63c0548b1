package io.yordam.orders;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The signature both directions of the platform contract carry:
 * {@code X-Yordam-Signature: t=<unix seconds>,v1=<hex>}, where {@code v1} is the
 * HMAC-SHA256 of {@code "<t>." + raw body} with the shared secret (the scheme of Stripe's
 * and Slack's webhooks). The timestamp is signed with the body so that a captured request
 * can be replayed only within the tolerance (5 minutes by default); within it, the signed
 * event id or idempotency key makes a replay a no-op. Several {@code v1} values may be
 * sent (a secret being rotated): one match suffices.
 */
public final class PlatformSignature {

	public static final String HEADER = "X-Yordam-Signature";

	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	/** A header longer than this is not one we wrote (a few rotated secrets at most). */
	private static final int MAX_HEADER = 1000;

	private final SecretKeySpec key;

	private final Duration tolerance;

	private final Clock clock;

	/** Signs and verifies at the system clock's time with the default tolerance. */
	public PlatformSignature(String secret) {
		this(secret, DEFAULT_TOLERANCE, Clock.systemUTC());
	}

	public PlatformSignature(String secret, Duration tolerance, Clock clock) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("The platform secret must have at least 16 characters");
		}
		if (tolerance == null || tolerance.isNegative() || tolerance.isZero()) {
			throw new IllegalArgumentException("The signature tolerance must be positive");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.tolerance = tolerance;
		this.clock = clock;
	}

	/** The header value for this body, signed now. */
	public String sign(byte[] body) {
		return sign(body, this.clock.instant());
	}

	/** The header value for this body, signed as of {@code at}. */
	public String sign(byte[] body, Instant at) {
		long t = at.getEpochSecond();
		return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac(t, body));
	}

	public boolean verify(String header, byte[] body) {
		return check(header, body) instanceof Verdict.Valid;
	}

	/**
	 * Whether this header signs this body, within the tolerance of now (either side: a
	 * sender's clock may run a little ahead).
	 */
	public Verdict check(String header, byte[] body) {
		if (header == null || header.isBlank()) {
			return new Verdict.Refused(Verdict.Reason.MISSING);
		}
		Parsed parsed = Parsed.of(header);
		if (parsed == null) {
			return new Verdict.Refused(Verdict.Reason.MALFORMED);
		}
		byte[] expected = mac(parsed.t(), body);
		if (parsed.signatures().stream().noneMatch(given -> MessageDigest.isEqual(given, expected))) {
			return new Verdict.Refused(Verdict.Reason.MISMATCH);
		}
		Instant signedAt = Instant.ofEpochSecond(parsed.t());
		Duration age = Duration.between(signedAt, this.clock.instant()).abs();
		if (age.compareTo(this.tolerance) > 0) {
			return new Verdict.Refused(Verdict.Reason.EXPIRED);
		}
		return new Verdict.Valid(signedAt);
	}

	/** The 401 both sides answer to a refused signature. */
	public static ResponseEntity<ProblemDetail> refusal(Verdict.Refused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, refused.reason().detail);
		problem.setTitle("Bad signature");
		problem.setType(URI.create("https://yordam.io/problems/" + refused.reason().rule));
		problem.setProperty("rule", refused.reason().rule);
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
	}

	private byte[] mac(long t, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** The outcome of checking a signature: valid, or refused for a named reason. */
	public sealed interface Verdict {

		record Valid(Instant signedAt) implements Verdict {
		}

		record Refused(Reason reason) implements Verdict {
		}

		enum Reason {

			MISSING("signature", "The " + HEADER + " header is missing"),

			MALFORMED("signature", "The " + HEADER + " header is not t=<unix seconds>,v1=<hex HMAC-SHA256>"),

			MISMATCH("signature", "The " + HEADER + " header does not match the timestamp and the body"),

			EXPIRED("signature-expired",
					"The signature's timestamp is too far from now: sign each request (and each retry) when sending");

			final String rule;

			final String detail;

			Reason(String rule, String detail) {
				this.rule = rule;
				this.detail = detail;
			}

		}

	}

	/** {@code t=<digits>,v1=<hex>[,v1=<hex>…]}; unknown schemes are ignored. */
	private record Parsed(long t, List<byte[]> signatures) {

		static Parsed of(String header) {
			if (header.length() > MAX_HEADER) {
				return null;
			}
			Long t = null;
			List<byte[]> signatures = new ArrayList<>();
			for (String part : header.split(",")) {
				int eq = part.indexOf('=');
				if (eq < 0) {
					return null;
				}
				String name = part.substring(0, eq).trim();
				String value = part.substring(eq + 1).trim();
				if (name.equals("t")) {
					if (t != null || !value.matches("[0-9]{1,12}")) {
						return null;
					}
					t = Long.parseLong(value);
				}
				else if (name.equals("v1")) {
					if (!value.matches("[0-9a-fA-F]{64}")) {
						return null;
					}
					signatures.add(HexFormat.of().parseHex(value));
				}
			}
			return (t == null || signatures.isEmpty()) ? null : new Parsed(t, signatures);
		}

	}

}
