package io.yordam.email;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * IMAP IDLE against GreenMail's IMAP: with the mailbox read only once an hour, a mail
 * still becomes a ticket within seconds, because the server's word that mail arrived
 * moves the persisted mailbox round to now. And when the server goes away and comes back,
 * the watcher connects again and the next mail is taken as quickly.
 */
@org.springframework.boot.test.context.SpringBootTest(
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.test.context.ActiveProfiles("test")
// Not tagged db: IDLE is the mail server's, and the round it wakes is EmailChannelTests'
// on
// both databases.
class MailboxIdleTests {

	static final String SUPPORT = "support@idle.test";

	static final int SMTP = io.yordam.support.FreePorts.next();

	static final int IMAP = io.yordam.support.FreePorts.next();

	static GreenMail mail = start();

	@DynamicPropertySource
	static void mailServers(DynamicPropertyRegistry registry) {
		registry.add("yordam.email.enabled", () -> "true");
		registry.add("yordam.email.address", () -> SUPPORT);
		registry.add("yordam.email.imap.host", () -> "127.0.0.1");
		registry.add("yordam.email.imap.port", () -> IMAP);
		registry.add("yordam.email.imap.ssl", () -> "false");
		registry.add("yordam.email.imap.username", () -> "support");
		registry.add("yordam.email.imap.password", () -> "secret");
		// Polling alone would take an hour: only IDLE can make this test pass.
		registry.add("yordam.email.poll-every", () -> "PT1H");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP);
	}

	@Autowired
	JdbcTemplate jdbc;

	@AfterAll
	static void stop() {
		mail.stop();
	}

	@Test
	void mailArrivingWakesTheMailboxRoundAndAServerThatCameBackIsWatchedAgain() throws Exception {
		String first = "<idle-1-" + UUID.randomUUID() + "@example.uz>";
		send(first, "Buyurtmam kelmadi");
		await().atMost(Duration.ofSeconds(20)).until(() -> taken(first));

		mail.stop();
		mail = start();
		String second = "<idle-2-" + UUID.randomUUID() + "@example.uz>";
		send(second, "Yana bir savol");
		await().atMost(Duration.ofSeconds(30)).until(() -> taken(second));
		assertThat(this.jdbc.queryForObject("select count(*) from email_messages where message_id in (?, ?)",
				Integer.class, first.substring(1, first.length() - 1), second.substring(1, second.length() - 1)))
			.isEqualTo(2);
	}

	private boolean taken(String messageId) {
		return this.jdbc.queryForObject(
				"select count(*) from email_messages where message_id = ? and outcome = 'TAKEN'", Integer.class,
				messageId.substring(1, messageId.length() - 1)) == 1;
	}

	private static void send(String messageId, String text) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(SMTP));
		MimeMessage message = new MimeMessage(Session.getInstance(properties)) {

			@Override
			protected void updateMessageID() throws jakarta.mail.MessagingException {
				setHeader("Message-ID", messageId);
			}

		};
		message.setFrom(new InternetAddress("aziza@example.uz"));
		message.setRecipients(Message.RecipientType.TO, SUPPORT);
		message.setSubject("Savol", "UTF-8");
		message.setText(text, "UTF-8");
		Transport.send(message);
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(
				new ServerSetup[] { new ServerSetup(SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
						new ServerSetup(IMAP, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		server.start();
		server.setUser(SUPPORT, "support", "secret");
		return server;
	}

}
