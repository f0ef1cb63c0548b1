package io.yordam.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** What a test's SMTP server (GreenMail, in the test's JVM) received, and its parts. */
public final class ReceivedMail {

	private ReceivedMail() {
	}

	/** An SMTP server on this port of 127.0.0.1, started. */
	public static GreenMail smtp(int port) {
		GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	/** The mails to this address (any case), in the order received. */
	public static List<MimeMessage> to(GreenMail server, String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The first part of this type ({@code text/plain}, {@code text/html}), decoded. */
	public static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = part(multipart.getBodyPart(i), type);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
