package io.yordam.email;

import java.util.List;

/**
 * A mail as the channel understands it, read from MIME once ({@link MailReader}).
 *
 * @param messageId its Message-ID without angle brackets; one made from its content when
 * the sender gave none
 * @param thread In-Reply-To first, then References, newest first
 * @param text the new text: HTML made safe text, quoted history cut off
 * @param automatic why no person wrote it (an auto-reply, a bounce, a list, our own mail
 * come back), or null
 */
record InboundMail(String messageId, List<String> thread, String fromAddress, String fromName, String subject,
		String text, List<Image> images, List<String> refusedAttachments, String automatic) {

	InboundMail {
		thread = List.copyOf(thread);
		images = List.copyOf(images);
		refusedAttachments = List.copyOf(refusedAttachments);
	}

	/** An image attachment, kept as a chat image is. */
	record Image(String fileName, byte[] data) {
	}

}
