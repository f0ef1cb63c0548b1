package io.yordam.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.SmartLifecycle;

/**
 * The demo's mail server: SMTP and IMAP in this JVM (GreenMail), on the ports
 * {@link DemoMailEnvironment} chose. The support mailbox lives here, read by the email
 * channel over IMAP; the customers' mail programs are played by {@link DemoMailPage},
 * which sends through this SMTP and reads what support sent them.
 */
class DemoMailServer implements SmartLifecycle {

	private final int smtpPort;

	private final int imapPort;

	private final String password;

	private final java.time.Clock clock;

	private GreenMail server;

	DemoMailServer(int smtpPort, int imapPort, String password, java.time.Clock clock) {
		this.clock = clock;
		this.smtpPort = smtpPort;
		this.imapPort = imapPort;
		this.password = password;
	}

	/** A mail as a customer's mail program shows it. */
	record Mail(String messageId, String from, String to, String subject, String text, Instant sentAt) {

		private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("https?://[^\\s<>\"]+");

		/** The links in the text, for the demo's mail program to make clickable. */
		public List<String> links() {
			List<String> links = new ArrayList<>();
			java.util.regex.Matcher found = LINK.matcher((this.text != null) ? this.text : "");
			while (found.find()) {
				links.add(found.group());
			}
			return links;
		}

	}

	@Override
	public synchronized void start() {
		this.server = new GreenMail(
				new ServerSetup[] { new ServerSetup(this.smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
						new ServerSetup(this.imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		this.server.start();
		this.server.setUser(DemoMailEnvironment.ADDRESS, "support", this.password);
	}

	@Override
	public synchronized void stop() {
		if (this.server != null) {
			this.server.stop();
			this.server = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.server != null;
	}

	/** Starts before the email channel's timers run. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 100;
	}

	/** A customer writes to support, maybe answering one of support's mails. */
	void send(String from, String fromName, String subject, String text, String inReplyTo) throws MessagingException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(this.smtpPort));
		MimeMessage mail = new MimeMessage(Session.getInstance(properties));
		try {
			mail.setFrom(new InternetAddress(from, fromName, "UTF-8"));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			mail.setFrom(new InternetAddress(from));
		}
		mail.setRecipients(Message.RecipientType.TO, DemoMailEnvironment.ADDRESS);
		mail.setSubject(subject, "UTF-8");
		mail.setText(text, "UTF-8");
		if (inReplyTo != null && !inReplyTo.isBlank()) {
			mail.setHeader("In-Reply-To", inReplyTo);
			mail.setHeader("References", inReplyTo);
		}
		Transport.send(mail);
	}

	/** What support sent to this address, newest first. */
	synchronized List<Mail> inboxOf(String address) throws MessagingException {
		List<Mail> mails = new ArrayList<>();
		if (this.server == null) {
			return mails;
		}
		for (MimeMessage message : this.server.getReceivedMessages()) {
			boolean toThem = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
			if (toThem) {
				mails.add(new Mail(message.getMessageID(), message.getFrom()[0].toString(), address,
						message.getSubject(), plain(message),
						(message.getSentDate() != null) ? message.getSentDate().toInstant() : this.clock.instant()));
			}
		}
		mails.sort(Comparator.comparing(Mail::sentAt).reversed());
		return mails;
	}

	private static String plain(Part part) {
		try {
			if (part.isMimeType("text/plain")) {
				return (String) part.getContent();
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					String text = plain(multipart.getBodyPart(i));
					if (text != null) {
						return text;
					}
				}
			}
			return null;
		}
		catch (MessagingException | java.io.IOException ex) {
			return null;
		}
	}

}
