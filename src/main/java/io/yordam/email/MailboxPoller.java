package io.yordam.email;

import java.io.IOException;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.yordam.common.ConflictRetry;

/**
 * Reads the support mailbox's unseen mail over IMAP, one round per call (db-scheduler
 * runs the rounds on one node at a time). Bodies are read with PEEK, and a mail is marked
 * seen only after its transaction committed: a crash, a lost connection or a refused mail
 * leaves it unseen for the next round, and its Message-ID makes the next round add
 * nothing twice. A mail that cannot be read at all is flagged and marked seen, so it
 * never blocks the others, and stays in the mailbox for a person.
 */
class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final EmailProperties.Imap imap;

	private final MailReader reader;

	private final MailIntake intake;

	private final ConflictRetry retry;

	private final MeterRegistry meters;

	MailboxPoller(EmailProperties properties, MailReader reader, MailIntake intake, ConflictRetry retry,
			MeterRegistry meters) {
		this.imap = properties.imap();
		this.reader = reader;
		this.intake = intake;
		this.retry = retry;
		this.meters = meters;
	}

	/** One round; returns how many mails were taken. */
	int poll() throws MessagingException {
		if (!this.imap.configured()) {
			return 0;
		}
		String protocol = this.imap.ssl() ? "imaps" : "imap";
		Properties settings = new Properties();
		settings.put("mail." + protocol + ".peek", "true");
		settings.put("mail." + protocol + ".connectiontimeout", "10000");
		settings.put("mail." + protocol + ".timeout", "30000");
		Store store = Session.getInstance(settings).getStore(protocol);
		try {
			store.connect(this.imap.host(), this.imap.port(), this.imap.username(), this.imap.password());
			Folder folder = store.getFolder(this.imap.folder());
			folder.open(Folder.READ_WRITE);
			try {
				int taken = 0;
				for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					taken += one((MimeMessage) message) ? 1 : 0;
				}
				return taken;
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException ex) {
			this.meters.counter("yordam.email.mailbox.failures").increment();
			log.warn("The support mailbox {}:{} could not be read: {}", this.imap.host(), this.imap.port(),
					ex.toString());
			throw ex;
		}
		finally {
			store.close();
		}
	}

	private boolean one(MimeMessage message) throws MessagingException {
		InboundMail mail;
		try {
			mail = this.reader.read(message);
		}
		catch (IOException | MessagingException | RuntimeException ex) {
			count("malformed");
			log.warn("A mail in the support mailbox could not be read and was flagged for a person: {}", ex.toString());
			message.setFlags(new Flags(Flags.Flag.FLAGGED), true);
			message.setFlag(Flags.Flag.SEEN, true);
			return false;
		}
		MailIntake.Outcome outcome;
		try {
			outcome = this.retry.again(() -> this.intake.take(mail));
		}
		catch (RuntimeException ex) {
			// Left unseen: the next round tries it again.
			count("failed");
			log.warn("Mail {} from {} was not taken; it stays unseen for the next round: {}", mail.messageId(),
					mail.fromAddress(), ex.toString());
			return false;
		}
		message.setFlag(Flags.Flag.SEEN, true);
		count(outcome.name().toLowerCase(java.util.Locale.ROOT));
		return outcome == MailIntake.Outcome.TAKEN;
	}

	private void count(String outcome) {
		this.meters.counter("yordam.email.inbound", "outcome", outcome).increment();
	}

}
