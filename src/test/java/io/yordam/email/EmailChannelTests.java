package io.yordam.email;

import java.time.Duration;
import java.util.List;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.conversations.Channel;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;
import io.yordam.support.YordamTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The email channel against real mail servers: GreenMail's SMTP and IMAP in this JVM. A
 * customer's mail becomes a ticket for people; the agent's reply arrives in the
 * customer's mailbox as a threaded mail in their language; their answer threads into the
 * same ticket; a second delivery, an auto-reply and a stranger quoting a ticket number
 * change nothing they should not; SMTP down delays a reply and never loses or doubles it.
 */
@YordamTest
class EmailChannelTests {

	static final String SUPPORT = "support@yordam.test";

	static final String INBOUND_SECRET = "inbound-secret-of-the-test-0123";

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
		// The test reads the mailbox itself, round by round (IDLE has its own test).
		registry.add("yordam.email.poll-every", () -> "PT1H");
		registry.add("yordam.email.imap.idle", () -> "false");
		registry.add("yordam.email.retry-first", () -> "PT0.5S");
		registry.add("yordam.email.retry-max", () -> "PT1S");
		registry.add("yordam.email.inbound-secret", () -> INBOUND_SECRET);
		registry.add("yordam.email.max-inbound-size", () -> "1MB");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP);
	}

	@Autowired
	MailboxPoller poller;

	@Autowired
	MailContacts contacts;

	@Autowired
	TicketDesk desk;

	@Autowired
	Operators operators;

	@Autowired
	JdbcTemplate jdbc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@BeforeEach
	void freshMailboxes() throws Exception {
		mail.purgeEmailFromAllMailboxes();
	}

	@AfterAll
	static void stop() {
		mail.stop();
	}

	@Test
	void aMailBecomesATicketTheReplyLeavesThreadedAndTheAnswerJoinsTheSameTicket() throws Exception {
		String customer = "dilnoza." + UUID.randomUUID().toString().substring(0, 6) + "@example.uz";
		this.contacts.link(customer, new PlatformUser("c-mail-1", PlatformRole.CUSTOMER, "Dilnoza", "uz"));
		MimeMessage first = mailFrom(customer, "Buyurtma kelmadi", """
				Buyurtmam E24-1001 bir soatdan beri kelmadi.

				On Mon, 30 Nov 2026 at 19:00, Yordam <support@yordam.test> wrote:
				> Eski xat
				""");
		first.setHeader("Message-ID", "<first-" + customer + ">");
		send(first);
		assertThat(this.poller.poll()).isOne();

		TicketSummary ticket = ticketOf("first-" + customer);
		assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
		assertThat(ticket.status()).as("mail goes to people, not the bot").isEqualTo(TicketStatus.NEW);
		assertThat(ticket.requester().id()).isEqualTo("c-mail-1");
		assertThat(ticket.subject()).isEqualTo("Buyurtma kelmadi");
		assertThat(bodies(ticket)).containsExactly("Buyurtmam E24-1001 bir soatdan beri kelmadi.");

		this.desk.reply(ticket.id(), agent(), "Kuryer 10 daqiqada yetib keladi.", "r-" + customer);
		await().atMost(Duration.ofSeconds(20)).until(() -> received(customer).size() == 1);
		MimeMessage reply = received(customer).get(0);
		assertThat(reply.getSubject()).isEqualTo("Re: Buyurtma kelmadi [#" + ticket.number() + "]");
		assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo("<first-" + customer + ">");
		assertThat(reply.getFrom()[0].toString()).contains(SUPPORT);
		String replyText = plainText(reply);
		assertThat(replyText).contains("Kuryer 10 daqiqada yetib keladi.").contains("Davom ettirish uchun");

		MimeMessage answer = mailFrom(customer, "Re: Buyurtma kelmadi", "Rahmat, kutaman.");
		answer.setHeader("Message-ID", "<answer-" + customer + ">");
		answer.setHeader("In-Reply-To", reply.getMessageID());
		send(answer);
		send(answer);
		assertThat(this.poller.poll()).as("the second delivery adds nothing").isOne();
		assertThat(ticketOf("answer-" + customer).id()).isEqualTo(ticket.id());
		assertThat(bodies(ticket)).containsExactly("Buyurtmam E24-1001 bir soatdan beri kelmadi.",
				"Kuryer 10 daqiqada yetib keladi.", "Rahmat, kutaman.");
		assertThat(this.poller.poll()).as("nothing left unseen").isZero();
	}

	@Test
	void autoRepliesBouncesAndOurOwnMailAreRecordedAndNeverAnswered() throws Exception {
		String sender = "away." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		MimeMessage away = mailFrom(sender, "Out of office", "I am away until Monday.");
		away.setHeader("Auto-Submitted", "auto-replied");
		send(away);
		MimeMessage bounce = mailFrom("mailer-daemon@example.com", "Undeliverable", "Delivery failed.");
		send(bounce);
		MimeMessage own = mailFrom(SUPPORT, "Re: something [#1]", "Our own reply came back.");
		send(own);
		assertThat(this.poller.poll()).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from email_messages where outcome = 'IGNORED' and from_address in (?, ?, ?)",
				Integer.class, sender, "mailer-daemon@example.com", SUPPORT))
			.isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select count(*) from email_contacts where address = ?", Integer.class,
				sender))
			.isZero();
		assertThat(received(sender)).isEmpty();
	}

	@Test
	void aTicketNumberOrThreadOfSomebodyElseStartsATicketOfTheSendersOwn() throws Exception {
		String owner = "owner." + UUID.randomUUID().toString().substring(0, 6) + "@example.uz";
		MimeMessage theirs = mailFrom(owner, "Karta", "Pulim yechildi.");
		theirs.setHeader("Message-ID", "<theirs-" + owner + ">");
		send(theirs);
		this.poller.poll();
		TicketSummary ticket = ticketOf("theirs-" + owner);

		String stranger = "stranger." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		MimeMessage forged = mailFrom(stranger, "Re: Karta [#" + ticket.number() + "]", "Refund it to my card.");
		forged.setHeader("Message-ID", "<forged-" + stranger + ">");
		forged.setHeader("In-Reply-To", "<theirs-" + owner + ">");
		send(forged);
		this.poller.poll();
		assertThat(ticketOf("forged-" + stranger).id()).isNotEqualTo(ticket.id());
		assertThat(bodies(ticket)).containsExactly("Pulim yechildi.");
	}

	@Test
	void withSmtpDownAReplyWaitsAndLeavesOnceWhenItIsBack() throws Exception {
		String customer = "patient." + UUID.randomUUID().toString().substring(0, 6) + "@example.ru";
		MimeMessage question = mailFrom(customer, "Где мой заказ?", "Заказ E24-2002 опаздывает.");
		question.setHeader("Message-ID", "<q-" + customer + ">");
		send(question);
		this.poller.poll();
		TicketSummary ticket = ticketOf("q-" + customer);

		mail.stop();
		try {
			this.desk.reply(ticket.id(), agent(), "Уточняем у курьера.", "r-" + customer);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> this.jdbc.queryForObject(
						"select attempts from email_outbox where to_address = ? and status = 'PENDING'", Integer.class,
						customer) >= 2);
		}
		finally {
			mail = start();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> received(customer).size() == 1);
		// The row is marked after the server took the mail.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("select status from email_outbox where to_address = ?", String.class,
					customer), "SENT"::equals);
		assertThat(received(customer).get(0).getSubject()).contains("[#" + ticket.number() + "]");
		String text = plainText(received(customer).get(0));
		assertThat(text).contains("Чтобы продолжить");
		// Nothing more arrives while the scheduler keeps polling.
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> received(customer).size() == 1);
		assertThat(received(customer)).as("sent once").hasSize(1);
	}

	@Test
	void theHttpDoorTakesASignedMailOnceAndRefusesUnsignedForgedUnreadableAndOversizedOnes() throws Exception {
		String sender = "posted." + UUID.randomUUID().toString().substring(0, 6) + "@example.uz";
		MimeMessage posted = mailFrom(sender, "Kuryer qoʻpol edi", "Kuryer juda qoʻpol gapirdi.");
		posted.setHeader("Message-ID", "<posted-" + sender + ">");
		posted.saveChanges();
		java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
		posted.writeTo(raw);
		byte[] body = raw.toByteArray();
		io.yordam.orders.PlatformSignature signature = new io.yordam.orders.PlatformSignature(INBOUND_SECRET);
		io.yordam.support.Http http = new io.yordam.support.Http(this.port);
		String door = "/api/v1/channels/email/inbound";

		assertThat(http.postRaw(door, body).contentType("message/rfc822").send().status()).isEqualTo(401);
		assertThat(http.postRaw(door, body)
			.contentType("message/rfc822")
			.header("X-Yordam-Signature",
					new io.yordam.orders.PlatformSignature("another-secret-0123456789").sign(body))
			.send()
			.status()).isEqualTo(401);
		assertThat(this.jdbc.queryForObject("select count(*) from email_messages where message_id = ?", Integer.class,
				"posted-" + sender))
			.as("nothing written for an unsigned mail")
			.isZero();

		var taken = http.postRaw(door, body)
			.contentType("message/rfc822")
			.header("X-Yordam-Signature", signature.sign(body))
			.send();
		assertThat(taken.status()).isEqualTo(200);
		assertThat(taken.json().path("outcome").asString()).isEqualTo("taken");
		var again = http.postRaw(door, body)
			.contentType("message/rfc822")
			.header("X-Yordam-Signature", signature.sign(body))
			.send();
		assertThat(again.json().path("outcome").asString()).isEqualTo("duplicate");
		assertThat(bodies(ticketOf("posted-" + sender))).containsExactly("Kuryer juda qoʻpol gapirdi.");

		byte[] garbage = "no headers, no sender, just words".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		var unreadable = http.postRaw(door, garbage)
			.contentType("message/rfc822")
			.header("X-Yordam-Signature", signature.sign(garbage))
			.send();
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(unreadable.json().path("field").asString()).isEqualTo("body");

		byte[] huge = new byte[2 * 1024 * 1024];
		var tooLarge = http.postRaw(door, huge)
			.contentType("message/rfc822")
			.header("X-Yordam-Signature", signature.sign(huge))
			.send();
		assertThat(tooLarge.status()).isEqualTo(413);
	}

	@Test
	void theSameMailPostedEightTimesAtOnceIsTakenOnce() throws Exception {
		String sender = "parallel." + UUID.randomUUID().toString().substring(0, 6) + "@example.uz";
		MimeMessage posted = mailFrom(sender, "Ikki marta", "Bir xat, sakkiz marta.");
		posted.setHeader("Message-ID", "<parallel-" + sender + ">");
		posted.saveChanges();
		java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
		posted.writeTo(raw);
		byte[] body = raw.toByteArray();
		io.yordam.orders.PlatformSignature signature = new io.yordam.orders.PlatformSignature(INBOUND_SECRET);
		io.yordam.support.Http http = new io.yordam.support.Http(this.port);
		List<java.util.concurrent.Callable<String>> posts = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			posts.add(() -> http.postRaw("/api/v1/channels/email/inbound", body)
				.contentType("message/rfc822")
				.header("X-Yordam-Signature", signature.sign(body))
				.send()
				.json()
				.path("outcome")
				.asString());
		}
		assertThat(io.yordam.support.Parallel.all(posts)).containsOnlyOnce("taken").containsOnly("taken", "duplicate");
		assertThat(this.jdbc.queryForObject("select count(*) from email_messages where message_id = ?", Integer.class,
				"parallel-" + sender))
			.isOne();
		assertThat(bodies(ticketOf("parallel-" + sender))).containsExactly("Bir xat, sakkiz marta.");
		assertThat(this.jdbc.queryForObject("select count(*) from email_contacts where address = ?", Integer.class,
				sender))
			.isOne();
	}

	@Test
	void anUnknownCharsetAndAnOversizedAttachmentStillBringTheMailInAndNameTheFile() throws Exception {
		String sender = "odd." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		MimeMessage odd = mailFrom(sender, "Chek", "");
		jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
		jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
		text.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
				"Chek ilova qilindi.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"text/plain; charset=x-no-such-charset")));
		text.setHeader("Content-Transfer-Encoding", "8bit");
		parts.addBodyPart(text);
		jakarta.mail.internet.MimeBodyPart big = new jakarta.mail.internet.MimeBodyPart();
		big.setDataHandler(new jakarta.activation.DataHandler(
				new jakarta.mail.util.ByteArrayDataSource(new byte[6 * 1024 * 1024], "application/pdf")));
		big.setFileName("chek.pdf");
		parts.addBodyPart(big);
		odd.setContent(parts);
		odd.setHeader("Message-ID", "<odd-" + sender + ">");
		send(odd);
		assertThat(this.poller.poll()).isOne();
		assertThat(bodies(ticketOf("odd-" + sender))).containsExactly("Chek ilova qilindi.\n\n📎✗ chek.pdf");
	}

	private TicketSummary ticketOf(String messageId) {
		UUID conversation = this.jdbc.queryForObject("select conversation_id from email_messages where message_id = ?",
				UUID.class, messageId);
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.desk.findOfConversation(conversation), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private List<String> bodies(TicketSummary ticket) {
		return this.jdbc.queryForList("select body from messages where conversation_id = ? order by seq", String.class,
				ticket.conversationId());
	}

	private OperatorPrincipal agent() {
		String name = "mail-agent-" + UUID.randomUUID().toString().substring(0, 6);
		this.operators.register(name, "Malika", "a-long-password-1", OperatorRole.AGENT, "ru");
		return this.operators.find(name).orElseThrow();
	}

	private static List<MimeMessage> received(String address) {
		return java.util.Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return java.util.Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().contains(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static MimeMessage mailFrom(String from, String subject, String text) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(SMTP));
		MimeMessage message = new MimeMessage(Session.getInstance(properties)) {

			// A test sets the Message-ID a mail program would have: keep it.
			@Override
			protected void updateMessageID() throws jakarta.mail.MessagingException {
				if (getHeader("Message-ID") == null) {
					super.updateMessageID();
				}
			}

		};
		message.setFrom(new InternetAddress(from));
		message.setRecipients(Message.RecipientType.TO, SUPPORT);
		message.setSubject(subject, "UTF-8");
		message.setText(text, "UTF-8");
		return message;
	}

	/** The text/plain part, decoded. */
	private static String plainText(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = plainText(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static void send(MimeMessage message) throws Exception {
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
