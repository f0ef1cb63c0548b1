package io.yordam.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds a multipart/form-data body by hand, as a mobile app would send it. */
public final class Multipart {

	/** A 1x1 transparent PNG. */
	public static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	private Multipart() {
	}

	public static Http.Response post(Http http, String path, String token, String clientMessageId, String filename,
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

	/** Text fields, then one file under {@code fileField}. */
	public static Http.Response post(Http http, String path, String token, java.util.Map<String, String> fields,
			String fileField, String filename, String declaredType, byte[] data) {
		String boundary = "----yordam" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n");
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
