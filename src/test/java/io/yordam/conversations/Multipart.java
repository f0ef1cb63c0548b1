package io.yordam.conversations;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.yordam.support.Http;

/** Builds a multipart/form-data body by hand, as a mobile app would send it. */
final class Multipart {

	private Multipart() {
	}

	static Http.Response post(Http http, String path, String token, String clientMessageId, String filename,
			String declaredType, byte[] data) {
		String boundary = "----yordam" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"clientMessageId\"\r\n\r\n"
				+ clientMessageId + "\r\n");
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + declaredType + "\r\n\r\n");
		out.writeBytes(data);
		write(out, "\r\n--" + boundary + "--\r\n");
		return http.postRaw(path, out.toByteArray())
			.contentType("multipart/form-data; boundary=" + boundary)
			.bearer(token)
			.send();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
