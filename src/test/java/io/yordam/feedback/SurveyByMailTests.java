package io.yordam.feedback;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.email.EmailContacts;
import io.yordam.orders.PlatformSignature;
import io.yordam.support.FreePorts;
import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.support.ReceivedMail;
import io.yordam.support.YordamTest;
import io.yordam.tickets.AuditView;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A ticket that came by mail is surveyed by mail, against a real SMTP server (GreenMail):
 * one mail per resolution, threaded into the conversation, in the customer's language,
 * with five links to the public survey page. Opening a link never records (mail scanners
 * open links); sending the form records once through the ratings, with the low rating's
 * follow-up. A tampered, forged or expired link, bad input, a replay and eight
 * submissions at once each leave exactly one rating or none.
 */
@YordamTest
class SurveyByMailTests {

	static final String SUPPORT = "support@survey.test";

	static final String INBOUND_SECRET = "inbound-secret-of-the-survey-test";

	static final int SMTP = FreePorts.next();

	static final Pattern LINK = Pattern.compile("http://localhost:\\d+/survey/([A-Za-z0-9_-]+)\\?score=(\\d)");

	static GreenMail mail = ReceivedMail.smtp(SMTP);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("yordam.email.enabled", () -> "true");
		registry.add("yordam.email.address", () -> SUPPORT);
		registry.add("yordam.email.inbound-secret", () -> INBOUND_SECRET);
		registry.add("yordam.email.retry-first", () -> "PT0.5S");
		registry.add("yordam.email.retry-max", () -> "PT1S");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP);
		registry.add("yordam.public-base-url", () -> "http://localhost:{local.server.port}/");
	}

	@LocalServerPort
	int port;

	@Autowired
	EmailContacts contacts;

	@Autowired
	TicketDesk desk;

	@Autowired
	Operators operators;

	@Autowired
	CsatSurveys surveys;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${yordam.feedback.link-secret}")
	String linkSecret;

	@AfterAll
	static void stop() {
		mail.stop();
	}

	@Test
	void aSolvedMailedTicketIsAskedOnceByAThreadedMailInTheCustomersLanguageWithFiveLinks() throws Exception {
		Mailed mailed = solvedByMail("uz");
		MimeMessage survey = mailed.survey();
		assertThat(survey.getSubject()).isEqualTo("Re: Buyurtma kelmadi [#" + mailed.ticket().number() + "]");
		assertThat(survey.getHeader("In-Reply-To", null)).isEqualTo("<" + mailed.messageId() + ">");
		assertThat(survey.getHeader("Content-Language", null)).isEqualTo("uz");
		String text = plainText(survey);
		assertThat(text).contains("#" + mailed.ticket().number() + " murojaatingiz hal qilindi.")
			.contains("Qanday yordam berdik? 1 dan 5 gacha baholang.")
			.contains("2 ★ — yomon: ");
		List<String[]> links = links(text);
		assertThat(links).hasSize(5);
		assertThat(links).extracting(l -> l[1]).containsExactly("1", "2", "3", "4", "5");
		assertThat(links).extracting(l -> l[0]).as("one token, naming the survey").containsOnly(links.get(0)[0]);
		assertThat(html(survey)).contains("/survey/" + links.get(0)[0] + "?score=5\"").contains("5 ★ aʼlo");

		UUID surveyId = surveyOf(mailed.ticket());
		assertThat(this.jdbc.queryForObject("select channel from csat_surveys where id = ?", String.class, surveyId))
			.isEqualTo("EMAIL");
		assertThat(this.jdbc.queryForObject("select count(*) from email_outbox where mail_key = ?", Integer.class,
				"csat:" + surveyId))
			.isOne();

		// The solve delivered eight times at once (a redelivery, another node): still one
		// survey and one mail.
		TicketSummary solved = this.desk.get(mailed.ticket().id());
		TicketChanged event = SolvedTicket.event(solved);
		List<Callable<Boolean>> redeliveries = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			redeliveries.add(() -> {
				this.surveys.solved(event);
				return true;
			});
		}
		Parallel.all(redeliveries);
		assertThat(this.jdbc.queryForObject("select count(*) from csat_surveys where ticket_id = ?", Integer.class,
				mailed.ticket().id().value()))
			.isOne();
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> received(mailed.address()).size() == 2);
	}

	@Test
	void openingALinkNeverRecordsSendingTheFormRecordsOnceAndAReplayChangesNothing() throws Exception {
		Mailed mailed = solvedByMail("uz");
		String two = links(plainText(mailed.survey())).get(1)[2];
		Http http = new Http(this.port);
		for (int i = 0; i < 3; i++) {
			Http.Response opened = http.get(two).header("Accept", "text/html").send();
			assertThat(opened.status()).isEqualTo(200);
			assertThat(opened.text()).contains("lang=\"uz\"")
				.contains("Yordamimizni baholang")
				.containsPattern("id=\"score-2\"[^>]*checked")
				.contains("name=\"comment\"");
			assertThat(opened.header("Referrer-Policy")).isEqualTo("no-referrer");
		}
		UUID surveyId = surveyOf(mailed.ticket());
		assertThat(score(surveyId)).as("a GET records nothing").isNull();

		String token = token(two);
		Http.Response sent = post(http, token, "score=2&comment=" + encode("Kuryer juda kech keldi"));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
		assertThat(sent.header("Location")).endsWith("/survey/" + token);
		assertThat(score(surveyId)).isEqualTo(2);
		assertThat(rated(mailed.ticket())).containsExactly("2/5: Kuryer juda kech keldi");
		assertThat(this.jdbc.queryForObject("select follow_up from csat_surveys where id = ?", Boolean.class, surveyId))
			.as("a low rating is followed up, as from the chat")
			.isTrue();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from escalations where ticket_id = ? and trigger_kind = 'LOW_RATING'",
					Integer.class, mailed.ticket().id().value()) == 1);

		Http.Response thanks = http.get("/survey/" + token).send();
		assertThat(thanks.status()).isEqualTo(200);
		assertThat(thanks.text()).contains("Rahmat!").contains("5 dan 2 ga baholadingiz").doesNotContain("<form");

		Http.Response replay = post(http, token, "score=5&comment=" + encode("boshqa"));
		assertThat(replay.status()).isEqualTo(409);
		assertThat(replay.text()).contains("Bu murojaat allaqachon baholangan.");
		assertThat(score(surveyId)).as("the first rating stands").isEqualTo(2);
		assertThat(rated(mailed.ticket())).hasSize(1);
	}

	@Test
	void aTamperedForgedOrExpiredLinkAndBadInputAreRefusedAndWriteNothing() throws Exception {
		Mailed mailed = solvedByMail("ru");
		String token = token(links(plainText(mailed.survey())).get(0)[2]);
		UUID surveyId = surveyOf(mailed.ticket());
		Http http = new Http(this.port);

		char last = token.charAt(token.length() - 1);
		String tampered = token.substring(0, token.length() - 1) + ((last == 'A') ? 'B' : 'A');
		for (String forged : List.of(tampered, "not-a-token", forgedFor(surveyId),
				issuedWith(this.linkSecret, Clock.systemUTC(), UUID.randomUUID()))) {
			Http.Response opened = http.get("/survey/" + forged + "?score=1").header("Accept-Language", "ru").send();
			assertThat(opened.status()).as(forged).isEqualTo(404);
			assertThat(opened.text()).contains("data-refusal=\"link-invalid\"").contains("Эта ссылка не работает.");
			assertThat(post(http, forged, "score=1").status()).isEqualTo(404);
		}
		Http.Response problem = http.post("/survey/" + tampered, null)
			.header("Accept", "application/problem+json")
			.send();
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.json().path("rule").asString()).isEqualTo("link-invalid");

		String expired = issuedWith(this.linkSecret,
				Clock.fixed(Instant.now().minus(Duration.ofDays(15)), ZoneOffset.UTC), surveyId);
		Http.Response late = http.get("/survey/" + expired).header("Accept-Language", "ru-RU,ru;q=0.9").send();
		assertThat(late.status()).isEqualTo(410);
		assertThat(late.text()).contains("Срок действия ссылки истёк.");
		assertThat(post(http, expired, "score=4").status()).isEqualTo(410);
		assertThat(http.get("/survey/" + expired)
			.header("Accept", "application/json")
			.send()
			.json()
			.path("rule")
			.asString()).isEqualTo("link-expired");

		Http.Response noScore = post(http, token, "score=7&comment=x");
		assertThat(noScore.status()).isEqualTo(400);
		assertThat(noScore.text()).contains("data-field=\"score\"").contains("Выберите оценку от 1 до 5.");
		Http.Response longComment = post(http, token, "score=3&comment=" + "x".repeat(1001));
		assertThat(longComment.status()).isEqualTo(400);
		assertThat(longComment.text()).contains("data-field=\"comment\"");
		Http.Response json = http.postRaw("/survey/" + token, "score=0".getBytes())
			.contentType("application/x-www-form-urlencoded")
			.header("Accept", "application/problem+json")
			.send();
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.problemFields()).containsExactly("score");

		assertThat(score(surveyId)).as("nothing was written").isNull();
		assertThat(rated(mailed.ticket())).isEmpty();
	}

	@Test
	void eightSubmissionsAtOnceRecordOneRating() throws Exception {
		Mailed mailed = solvedByMail("en");
		String token = token(links(plainText(mailed.survey())).get(0)[2]);
		Http http = new Http(this.port);
		List<Callable<Integer>> submissions = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int score = 1 + i % 5;
			submissions.add(() -> post(http, token, "score=" + score + "&comment=try+" + score).status());
		}
		List<Integer> statuses = Parallel.all(submissions);
		assertThat(statuses).filteredOn(s -> s == 302).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
		assertThat(rated(mailed.ticket())).hasSize(1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from csat_surveys where ticket_id = ? and score is not null",
						Integer.class, mailed.ticket().id().value()))
			.isOne();
	}

	/** A customer mails support; an agent answers and solves: the survey mail arrives. */
	private Mailed solvedByMail(String language) throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String address = "customer." + suffix + "@example.uz";
		this.contacts.link(address, new PlatformUser("c-mail-" + suffix, PlatformRole.CUSTOMER, "Dilnoza", language));
		String messageId = "question-" + suffix + "@example.uz";
		MimeMessage question = new MimeMessage(Session.getInstance(new Properties()));
		question.setFrom(new InternetAddress(address));
		question.setRecipients(Message.RecipientType.TO, SUPPORT);
		question.setSubject("Buyurtma kelmadi", "UTF-8");
		question.setText("Buyurtmam bir soatdan beri kelmadi.", "UTF-8");
		question.saveChanges();
		question.setHeader("Message-ID", "<" + messageId + ">");
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		question.writeTo(raw);
		byte[] body = raw.toByteArray();
		Http.Response taken = new Http(this.port).postRaw("/api/v1/channels/email/inbound", body)
			.contentType("message/rfc822")
			.header("X-Yordam-Signature", new PlatformSignature(INBOUND_SECRET).sign(body))
			.send();
		assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
		UUID conversation = this.jdbc.queryForObject("select conversation_id from email_messages where message_id = ?",
				UUID.class, messageId);
		TicketSummary ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.desk.findOfConversation(conversation), java.util.Optional::isPresent)
			.orElseThrow();
		OperatorPrincipal agent = agent();
		this.desk.reply(ticket.id(), agent, "Kuryer 10 daqiqada yetib keladi.", "r-" + suffix);
		this.desk.changeStatus(ticket.id(), agent, TicketStatus.SOLVED);
		await().atMost(Duration.ofSeconds(20)).until(() -> surveyMail(address) != null);
		return new Mailed(address, messageId, ticket, surveyMail(address));
	}

	record Mailed(String address, String messageId, TicketSummary ticket, MimeMessage survey) {
	}

	private static MimeMessage surveyMail(String address) throws Exception {
		for (MimeMessage message : received(address)) {
			String text = plainText(message);
			if (text != null && text.contains("/survey/")) {
				return message;
			}
		}
		return null;
	}

	private OperatorPrincipal agent() {
		String name = "survey-agent-" + UUID.randomUUID().toString().substring(0, 6);
		this.operators.register(name, "Malika", "a-long-password-1", OperatorRole.AGENT, "ru");
		return this.operators.find(name).orElseThrow();
	}

	private UUID surveyOf(TicketSummary ticket) {
		return this.jdbc.queryForObject("select id from csat_surveys where ticket_id = ?", UUID.class,
				ticket.id().value());
	}

	private Integer score(UUID survey) {
		return this.jdbc.queryForObject("select score from csat_surveys where id = ?", Integer.class, survey);
	}

	private List<String> rated(TicketSummary ticket) {
		return this.desk.auditTrail(ticket.id())
			.stream()
			.filter(entry -> entry.action().equals("rated"))
			.map(AuditView::detail)
			.toList();
	}

	/** Each link: its token, its score, and its path on this server. */
	private static List<String[]> links(String text) {
		List<String[]> found = new ArrayList<>();
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			String url = matcher.group();
			found.add(new String[] { matcher.group(1), matcher.group(2), url.substring(url.indexOf("/survey/")) });
		}
		return found;
	}

	private static String token(String path) {
		return path.substring("/survey/".length(), path.indexOf('?'));
	}

	private static Http.Response post(Http http, String token, String form) {
		return http.postRaw("/survey/" + token, form.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.contentType("application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.send();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** A token of the right shape for a real survey, signed with another key. */
	private static String forgedFor(UUID survey) {
		return issuedWith("another-key-that-is-not-yordams-0123456789", Clock.systemUTC(), survey);
	}

	private static String issuedWith(String secret, Clock clock, UUID survey) {
		return new SurveyLinks(secret, Duration.ofDays(14), clock).issue(survey).token();
	}

	private static List<MimeMessage> received(String address) {
		return ReceivedMail.to(mail, address);
	}

	private static String plainText(MimeMessage message) throws Exception {
		return ReceivedMail.part(message, "text/plain");
	}

	private static String html(MimeMessage message) throws Exception {
		return ReceivedMail.part(message, "text/html");
	}

}
