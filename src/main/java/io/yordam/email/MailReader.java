package io.yordam.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads a MIME message once into an {@link InboundMail}. Broken parts do not stop it: a
 * text in an unknown charset is read as UTF-8 with replacement characters, an attachment
 * over the chat's image limit or of another type is named and not kept (its size is
 * checked before it is read).
 */
final class MailReader {

	private static final Pattern ANGLED = Pattern.compile("<([^<>\\s]{1,490})>");

	private final EmailProperties properties;

	private final int maxImageBytes;

	MailReader(EmailProperties properties, int maxImageBytes) {
		this.properties = properties;
		this.maxImageBytes = maxImageBytes;
	}

	InboundMail read(MimeMessage mime) throws MessagingException, IOException {
		InternetAddress from = sender(mime);
		String address = from.getAddress().toLowerCase(Locale.ROOT);
		String subject = (mime.getSubject() == null) ? "" : mime.getSubject().strip();
		Parts parts = new Parts();
		walk(mime, parts, 0);
		String text = (parts.plain != null) ? parts.plain : (parts.html != null) ? MailText.fromHtml(parts.html) : "";
		text = MailText.withoutHistory(text);
		if (text.length() > this.properties.maxTextLength()) {
			text = text.substring(0, this.properties.maxTextLength() - 1) + "…";
		}
		String messageId = messageId(mime, address, subject, text);
		List<String> thread = new ArrayList<>(ids(mime.getHeader("In-Reply-To", " ")));
		List<String> references = ids(mime.getHeader("References", " "));
		for (int i = references.size() - 1; i >= 0; i--) {
			if (!thread.contains(references.get(i))) {
				thread.add(references.get(i));
			}
		}
		return new InboundMail(messageId, thread, address, from.getPersonal(), subject, text, parts.images,
				parts.refused, MailLoops.reason(mime, address, messageId, this.properties));
	}

	private static InternetAddress sender(MimeMessage mime) throws MessagingException {
		Address[] from = mime.getFrom();
		if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
				|| address.getAddress() == null || !address.getAddress().contains("@")) {
			throw new MessagingException("The mail has no sender address");
		}
		return address;
	}

	private void walk(Part part, Parts parts, int depth) throws MessagingException, IOException {
		if (depth > 10) {
			return;
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				walk(multipart.getBodyPart(i), parts, depth + 1);
			}
			return;
		}
		boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
		if (!attached && part.isMimeType("text/plain") && parts.plain == null) {
			parts.plain = text(part);
		}
		else if (!attached && part.isMimeType("text/html") && parts.html == null) {
			parts.html = text(part);
		}
		else if (part.isMimeType("image/*") && part.getSize() <= this.maxImageBytes) {
			try (InputStream in = part.getInputStream()) {
				byte[] data = in.readNBytes(this.maxImageBytes + 1);
				if (data.length <= this.maxImageBytes) {
					parts.images.add(new InboundMail.Image(part.getFileName(), data));
					return;
				}
			}
			parts.refused.add(name(part));
		}
		else if (attached || part.isMimeType("image/*")) {
			parts.refused.add(name(part));
		}
	}

	private static String name(Part part) throws MessagingException {
		return (part.getFileName() != null) ? part.getFileName() : part.getContentType();
	}

	private static String text(Part part) throws MessagingException, IOException {
		try {
			Object content = part.getContent();
			if (content instanceof String text) {
				return text;
			}
		}
		catch (UnsupportedEncodingException ex) {
			// An unknown charset: what can be read as UTF-8 is better than nothing.
		}
		try (InputStream in = part.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<String> ids(String header) {
		List<String> ids = new ArrayList<>();
		if (header != null) {
			Matcher matcher = ANGLED.matcher(header);
			while (matcher.find()) {
				ids.add(matcher.group(1));
			}
		}
		return ids;
	}

	/**
	 * The sender's Message-ID, or one made from the mail itself: the same mail, the same
	 * id.
	 */
	private static String messageId(MimeMessage mime, String from, String subject, String text)
			throws MessagingException {
		List<String> given = ids(mime.getMessageID());
		if (!given.isEmpty()) {
			return given.get(0);
		}
		String sent = (mime.getSentDate() != null) ? String.valueOf(mime.getSentDate().getTime()) : "";
		return "made." + MailIntake.digest(from + "\n" + sent + "\n" + subject + "\n" + text, 16) + "@yordam.invalid";
	}

	private static final class Parts {

		private String plain;

		private String html;

		private final List<InboundMail.Image> images = new ArrayList<>();

		private final List<String> refused = new ArrayList<>();

	}

}
