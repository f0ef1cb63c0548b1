package io.yordam.orders;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The HMAC-SHA256 signature both directions of the platform contract carry in
 * {@code X-Yordam-Signature: sha256=<hex>}, computed over the raw body. Uses the JDK's
 * Mac and a constant-time comparison.
 */
public final class PlatformSignature {

	public static final String HEADER = "X-Yordam-Signature";

	private static final String PREFIX = "sha256=";

	private final SecretKeySpec key;

	public PlatformSignature(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("The platform secret must have at least 16 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	public String sign(byte[] body) {
		return PREFIX + HexFormat.of().formatHex(mac(body));
	}

	public boolean verify(String header, byte[] body) {
		if (header == null || !header.startsWith(PREFIX)) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(given, mac(body));
	}

	/** The 401 both sides answer to a missing or wrong signature. */
	public static ResponseEntity<ProblemDetail> refusal() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"The " + HEADER + " header is missing or does not match the body");
		problem.setTitle("Bad signature");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
	}

	private byte[] mac(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
