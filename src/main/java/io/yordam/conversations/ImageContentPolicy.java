package io.yordam.conversations;

import java.util.Arrays;

/**
 * Accepts JPEG, PNG, GIF and WebP images, recognised by their first bytes rather than the
 * name or the declared type, which a client controls.
 */
final class ImageContentPolicy {

	private final int maxBytes;

	ImageContentPolicy(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	Verdict check(byte[] data) {
		if (data == null || data.length == 0) {
			return new Verdict.Refused("file", "not-empty", "The file is empty");
		}
		if (data.length > this.maxBytes) {
			return new Verdict.Refused("file", "max-size",
					"An image has at most " + (this.maxBytes / 1024 / 1024) + " MB");
		}
		if (sniff(data) == null) {
			return new Verdict.Refused("file", "image-type", "Only JPEG, PNG, GIF and WebP images are accepted");
		}
		return Verdict.ALLOWED;
	}

	/**
	 * The content type the bytes really are, or null when they are none of the accepted
	 * images.
	 */
	static String sniff(byte[] d) {
		if (startsWith(d, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (startsWith(d, 'G', 'I', 'F', '8') && d.length > 5 && (d[4] == '7' || d[4] == '9') && d[5] == 'a') {
			return "image/gif";
		}
		if (d.length >= 12 && startsWith(d, 'R', 'I', 'F', 'F')
				&& Arrays.equals(Arrays.copyOfRange(d, 8, 12), new byte[] { 'W', 'E', 'B', 'P' })) {
			return "image/webp";
		}
		return null;
	}

	private static boolean startsWith(byte[] data, int... prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((data[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	record Image(String contentType, byte[] data) {
	}

}
