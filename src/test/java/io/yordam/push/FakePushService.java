package io.yordam.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.yordam.support.FreePorts;

/**
 * A push service on a free local port, as a browser's would be: it takes the Web Push
 * request for a subscription it made, checks the VAPID signature (RFC 8292) against the
 * server's public key, and decrypts the aes128gcm body (RFC 8291) with the subscription's
 * private key and auth secret — the browser's side, written here with the JDK alone to
 * prove the library's encryption interoperates. Answers can be scripted per subscription
 * (503 then 201, 410).
 */
final class FakePushService {

	/** What arrived: decrypted, with the VAPID token's claims. */
	record Received(String subscription, JsonNode payload, JsonNode vapidClaims, String ttl, String encoding) {
	}

	/** A browser's subscription: the endpoint and the keys the server encrypts for. */
	record Browser(String endpoint, String p256dh, String auth, KeyPair keys, byte[] authSecret) {
	}

	private final HttpServer server;

	private final String vapidPublicKey;

	private final Map<String, Browser> browsers = new ConcurrentHashMap<>();

	private final Map<String, Deque<int[]>> scripted = new ConcurrentHashMap<>();

	final List<Received> received = new CopyOnWriteArrayList<>();

	final List<String> rejections = new CopyOnWriteArrayList<>();

	FakePushService(String vapidPublicKey) {
		this.vapidPublicKey = vapidPublicKey;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePorts.next()), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/push/", exchange -> {
			String id = exchange.getRequestURI().getPath().substring("/push/".length());
			byte[] body = exchange.getRequestBody().readAllBytes();
			int status;
			String retryAfter = null;
			try {
				Browser browser = this.browsers.get(id);
				if (browser == null) {
					throw new IllegalStateException("no such subscription " + id);
				}
				JsonNode claims = checkVapid(exchange.getRequestHeaders().getFirst("Authorization"));
				this.received.add(new Received(id, JsonMapper.shared().readTree(decrypt(browser, body)), claims,
						exchange.getRequestHeaders().getFirst("TTL"),
						exchange.getRequestHeaders().getFirst("Content-Encoding")));
				Deque<int[]> script = this.scripted.get(id);
				int[] next = (script == null) ? null : script.poll();
				status = (next == null) ? 201 : next[0];
				retryAfter = (next == null || next[1] < 0) ? null : String.valueOf(next[1]);
			}
			catch (Exception ex) {
				this.rejections.add(ex.toString());
				status = 400;
			}
			if (retryAfter != null) {
				exchange.getResponseHeaders().add("Retry-After", retryAfter);
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.server.start();
	}

	String origin() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** A new browser subscription (as PushManager.subscribe makes one). */
	Browser subscribe() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair keys = generator.generateKeyPair();
		byte[] auth = new byte[16];
		new SecureRandom().nextBytes(auth);
		String id = java.util.UUID.randomUUID().toString();
		Browser browser = new Browser(origin() + "/push/" + id, b64(uncompressed((ECPublicKey) keys.getPublic())),
				b64(auth), keys, auth);
		this.browsers.put(id, browser);
		return browser;
	}

	/**
	 * The next answers to this subscription's requests: status and Retry-After (-1:
	 * none).
	 */
	void answer(Browser browser, int status, int retryAfter) {
		this.scripted.computeIfAbsent(id(browser), k -> new ArrayDeque<>()).add(new int[] { status, retryAfter });
	}

	List<Received> to(Browser browser) {
		return this.received.stream().filter(r -> r.subscription().equals(id(browser))).toList();
	}

	void stop() {
		this.server.stop(0);
	}

	private static String id(Browser browser) {
		return browser.endpoint().substring(browser.endpoint().lastIndexOf('/') + 1);
	}

	/**
	 * RFC 8292: "vapid t=<ES256 JWT>, k=<the server's public key>"; the claims if valid.
	 */
	private JsonNode checkVapid(String authorization) throws Exception {
		if (authorization == null || !authorization.startsWith("vapid ")) {
			throw new IllegalStateException("no vapid authorization");
		}
		String token = null;
		String key = null;
		for (String part : authorization.substring(6).split(",")) {
			String[] pair = part.strip().split("=", 2);
			if (pair[0].equals("t")) {
				token = pair[1];
			}
			else if (pair[0].equals("k")) {
				key = pair[1];
			}
		}
		if (key == null || !key.equals(this.vapidPublicKey)) {
			throw new IllegalStateException("k is not the server's VAPID key");
		}
		String[] jwt = token.split("\\.");
		Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
		es256.initVerify(publicKey(Base64.getUrlDecoder().decode(key)));
		es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
		if (!es256.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
			throw new IllegalStateException("the VAPID signature does not verify");
		}
		JsonNode claims = JsonMapper.shared().readTree(Base64.getUrlDecoder().decode(jwt[1]));
		if (!claims.path("aud").asString().equals(origin())
				|| claims.path("exp").asLong() < Instant.now().getEpochSecond()) {
			throw new IllegalStateException("wrong audience or expired: " + claims);
		}
		return claims;
	}

	/** RFC 8291 section 3.4 and RFC 8188: the browser's decryption. */
	static byte[] decrypt(Browser browser, byte[] body) throws Exception {
		ByteBuffer buffer = ByteBuffer.wrap(body);
		byte[] salt = new byte[16];
		buffer.get(salt);
		int recordSize = buffer.getInt();
		byte[] serverKey = new byte[buffer.get() & 0xff];
		buffer.get(serverKey);
		byte[] ciphertext = new byte[buffer.remaining()];
		buffer.get(ciphertext);
		if (ciphertext.length > recordSize) {
			throw new IllegalStateException("more than one record");
		}
		KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
		ecdh.init(browser.keys().getPrivate());
		ecdh.doPhase(publicKey(serverKey), true);
		byte[] shared = ecdh.generateSecret();
		byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
				Base64.getUrlDecoder().decode(browser.p256dh()), serverKey);
		byte[] ikm = expand(extract(browser.authSecret(), shared), keyInfo, 32);
		byte[] prk = extract(salt, ikm);
		byte[] cek = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
		byte[] nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
		Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
		aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
		byte[] padded = aes.doFinal(ciphertext);
		int end = padded.length - 1;
		while (end >= 0 && padded[end] == 0) {
			end--;
		}
		if (end < 0 || padded[end] != 2) {
			throw new IllegalStateException("no last-record delimiter");
		}
		return Arrays.copyOf(padded, end);
	}

	private static byte[] extract(byte[] salt, byte[] ikm) throws Exception {
		Mac hmac = Mac.getInstance("HmacSHA256");
		hmac.init(new SecretKeySpec(salt, "HmacSHA256"));
		return hmac.doFinal(ikm);
	}

	private static byte[] expand(byte[] prk, byte[] info, int length) throws Exception {
		Mac hmac = Mac.getInstance("HmacSHA256");
		hmac.init(new SecretKeySpec(prk, "HmacSHA256"));
		hmac.update(info);
		hmac.update((byte) 1);
		return Arrays.copyOf(hmac.doFinal(), length);
	}

	static PublicKey publicKey(byte[] uncompressed) throws Exception {
		AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
		parameters.init(new ECGenParameterSpec("secp256r1"));
		ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
				new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
		return KeyFactory.getInstance("EC")
			.generatePublic(new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class)));
	}

	static byte[] uncompressed(ECPublicKey key) {
		return concat(new byte[] { 4 }, fixed(key.getW().getAffineX()), fixed(key.getW().getAffineY()));
	}

	static byte[] fixed(BigInteger value) {
		byte[] bytes = value.toByteArray();
		byte[] out = new byte[32];
		int copy = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
		return out;
	}

	static String privateKey(ECPrivateKey key) {
		return b64(fixed(key.getS()));
	}

	static String b64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] concat(byte[]... parts) {
		int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
		ByteBuffer out = ByteBuffer.allocate(length);
		for (byte[] part : parts) {
			out.put(part);
		}
		return out.array();
	}

}
