package io.yordam.webpush;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.interaso.webpush.CryptoKt;

import io.yordam.common.InvalidInputException;

/**
 * What a subscription a browser hands over must be before the server will post to it: an
 * https endpoint of a known push service (the server must not be made to post anywhere a
 * client names), a P-256 public key, a 16-byte auth secret.
 */
class Subscriptions {

	private final List<String> allowedHosts;

	private final boolean allowHttp;

	Subscriptions(List<String> allowedHosts, boolean allowHttp) {
		this.allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
		this.allowHttp = allowHttp;
	}

	void check(String endpoint, String p256dh, String auth) {
		checkEndpoint(endpoint);
		byte[] key = decode("keys.p256dh", p256dh);
		try {
			CryptoKt.generatePublicKeyFromUncompressedBytes(key);
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("keys.p256dh", "p256-key", "not an uncompressed P-256 public key");
		}
		if (decode("keys.auth", auth).length != 16) {
			throw new InvalidInputException("keys.auth", "auth-secret", "the auth secret has 16 bytes");
		}
	}

	void checkEndpoint(String endpoint) {
		URI uri;
		try {
			uri = new URI((endpoint == null) ? "" : endpoint);
		}
		catch (URISyntaxException ex) {
			throw new InvalidInputException("endpoint", "url", "not a URL");
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (endpoint.length() > 2048 || uri.getHost() == null || uri.getUserInfo() != null
				|| !(scheme.equals("https") || (this.allowHttp && scheme.equals("http")))) {
			throw new InvalidInputException("endpoint", "url",
					"an https URL of a push service, at most 2048 characters");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (this.allowedHosts.stream()
			.noneMatch(allowed -> allowed.startsWith(".") ? host.endsWith(allowed) : host.equals(allowed))) {
			throw new InvalidInputException("endpoint", "push-service", "not a known push service");
		}
	}

	private static byte[] decode(String field, String value) {
		try {
			if (value == null || value.length() > 128) {
				throw new IllegalArgumentException();
			}
			return Base64.getUrlDecoder().decode(value.replace("=", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "base64url", "not base64url");
		}
	}

}
