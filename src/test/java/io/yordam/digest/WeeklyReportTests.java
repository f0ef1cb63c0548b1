package io.yordam.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorPrincipal;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.access.Staff;
import io.yordam.analytics.WeeklyFigures;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ChannelConversations;
import io.yordam.conversations.ConversationView;
import io.yordam.knowledge.KnowledgeSearchMissed;
import io.yordam.support.FreePorts;
import io.yordam.support.MutableClock;
import io.yordam.support.Parallel;
import io.yordam.support.ReceivedMail;
import io.yordam.support.YordamTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The weekly report against a real SMTP server (GreenMail): on Monday morning each
 * supervisor and admin with an address gets last week's figures, recurring problems and
 * knowledge gaps in their language, with links to the dashboard; an agent, and a
 * supervisor without an address, get nothing. The persisted timer and six runs of the job
 * at once send one mail per reader; a later run sends nothing.
 */
@YordamTest
@Import(WeeklyReportTests.WednesdayClock.class)
class WeeklyReportTests {

	/** Wednesday 5 March 2031, 10:00 in Tashkent: a day of the week reported. */
	static final Instant WEDNESDAY = Instant.parse("2031-03-05T05:00:00Z");

	/** The next Monday, 08:00:05 in Tashkent: just after the report's time. */
	static final Instant MONDAY_MORNING = Instant.parse("2031-03-10T03:00:05Z");

	static final int SMTP = FreePorts.next();

	static GreenMail mail = ReceivedMail.smtp(SMTP);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("yordam.email.enabled", () -> "true");
		registry.add("yordam.email.address", () -> "support@report.test");
		registry.add("yordam.email.retry-first", () -> "PT0.5S");
		registry.add("yordam.email.retry-max", () -> "PT1S");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP);
		registry.add("yordam.public-base-url", () -> "http://localhost:{local.server.port}");
	}

	/**
	 * The application's clock. Imported, not a nested test configuration: an import is
	 * registered before the application's own clock, which then steps aside.
	 */
	static class WednesdayClock {

		@Bean
		MutableClock clock() {
			return new MutableClock(WEDNESDAY);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Operators operators;

	@Autowired
	Staff staff;

	@Autowired
	WeeklyReports reports;

	@Autowired
	WeeklyFigures figures;

	@Autowired
	ChannelConversations channels;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@AfterAll
	static void stop() {
		mail.stop();
	}

	@Test
	void onMondayEachSupervisorAndAdminWithAnAddressGetsLastWeekOnceInTheirLanguage() throws Exception {
		OperatorPrincipal admin = operator(OperatorRole.ADMIN, "en");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		OperatorPrincipal supervisor = operator(OperatorRole.SUPERVISOR, "ru");
		OperatorPrincipal uzbek = operator(OperatorRole.SUPERVISOR, "uz");
		OperatorPrincipal agent = operator(OperatorRole.AGENT, "uz");
		operator(OperatorRole.SUPERVISOR, "ru");
		this.staff.changeEmail(admin.id(), "Admin." + suffix + "@Report.test", admin);
		this.staff.changeEmail(supervisor.id(), "timur." + suffix + "@report.test", admin);
		this.staff.changeEmail(uzbek.id(), "nodira." + suffix + "@report.test", admin);
		this.staff.changeEmail(agent.id(), "agent." + suffix + "@report.test", admin);
		for (String reader : List.of("admin", "timur", "nodira", "agent")) {
			// GreenMail makes a mailbox on a mail's arrival; made first, three mails at
			// once cannot race to make theirs.
			String address = reader + "." + suffix + "@report.test";
			mail.setUser(address, address, "secret");
		}

		// The week: a contact by mail, and a question the help centre could not answer.
		ConversationView contact = this.channels.start(
				new PlatformUser("c-week-" + suffix, PlatformRole.CUSTOMER, "Dilnoza", "uz"), Channel.EMAIL, "Karta",
				"week-" + suffix);
		this.channels.receive(contact.id(), "Pulim yechildi.", "week-msg-" + suffix);
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(
				new KnowledgeSearchMissed(UUID.randomUUID(), "Можно ли оплатить картой?", "ru", this.clock.instant())));
		LocalDate monday = LocalDate.parse("2031-03-03");
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			WeeklyFigures.Week week = this.figures.of(monday, Locale.ENGLISH);
			return !week.gaps().isEmpty() && week.figures()
				.stream()
				.anyMatch(f -> f.kpi().equals("CONTACTS") && f.value() != null && f.value() == 1.0);
		});

		// Monday morning: the persisted timer fires, and six more runs race it.
		this.clock.advance(Duration.between(WEDNESDAY, MONDAY_MORNING));
		assertThat(this.reports.lastWeek()).isEqualTo(monday);
		List<Callable<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			runs.add(this.reports::sendLastWeek);
		}
		int queued = Parallel.all(runs).stream().mapToInt(Integer::intValue).sum();
		assertThat(queued).as("the timer may have sent some first").isBetween(0, 3);
		String[] readers = { "admin." + suffix + "@report.test", "timur." + suffix + "@report.test",
				"nodira." + suffix + "@report.test" };
		try {
			// A sending that failed once (a lock lost to a racing run) is retried seconds
			// later by the application's clock, which this test holds still; it moves on
			// half a second per look so that such a retry comes due, as it would in a
			// live week.
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
				this.clock.advance(Duration.ofMillis(500));
				return Arrays.stream(readers).allMatch(r -> received(r).size() == 1);
			});
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			throw new AssertionError(
					"Not every reader got the report; the outbox: "
							+ this.jdbc
								.queryForList("select to_address, status, attempts, last_error from email_outbox")
							+ "; the timers: "
							+ this.jdbc
								.queryForList("select task_name, task_instance, execution_time from scheduled_tasks"),
					ex);
		}
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> Arrays.stream(readers).allMatch(r -> received(r).size() == 1));
		assertThat(received("agent." + suffix + "@report.test")).as("agents get no report").isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from email_outbox where mail_key like ?", Integer.class,
				"weekly:2031-03-03:%"))
			.isEqualTo(3);

		MimeMessage russian = received(readers[1]).get(0);
		assertThat(russian.getSubject()).isEqualTo("Yordam: отчёт за неделю 03.03.2031 – 09.03.2031");
		assertThat(russian.getHeader("Content-Language", null)).isEqualTo("ru");
		String text = part(russian, "text/plain");
		assertThat(text).contains("Здравствуйте, " + supervisor.displayName() + "!")
			.contains("Обращения: 1 (неделей раньше 0;")
			.contains("Повторяющиеся проблемы")
			.contains("Ничего не выделяется.")
			.contains("«Можно ли оплатить картой?» (ru): задан 1 раз")
			.contains("http://localhost:" + this.port + "/agent/analytics?days=7");
		String html = part(russian, "text/html");
		assertThat(html).contains("<table")
			.contains("href=\"http://localhost:" + this.port
					+ "/agent/analytics/tickets?metric=CONTACTS&amp;from=2031-03-03&amp;to=2031-03-10\"")
			.contains("&laquo;Можно ли оплатить картой?&raquo;");

		assertThat(part(received(readers[0]).get(0), "text/plain")).contains("Contacts: 1 (the week before 0;")
			.contains("asked 1 time")
			.contains("Nothing stands out.");
		assertThat(received(readers[0]).get(0).getSubject()).isEqualTo("Yordam weekly report, 03.03.2031 – 09.03.2031");
		assertThat(part(received(readers[2]).get(0), "text/plain")).contains("Assalomu alaykum")
			.contains("Murojaatlar: 1")
			.contains("1 marta soʻralgan");

		// A retry, another node, someone starting it by hand: nothing more.
		assertThat(this.reports.sendLastWeek()).isZero();
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> Arrays.stream(readers).allMatch(r -> received(r).size() == 1));
		assertThat(this.jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'weekly-report'",
				Integer.class))
			.as("a persisted timer")
			.isOne();
	}

	private OperatorPrincipal operator(OperatorRole role, String locale) {
		String name = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId id = this.operators.register(name, "Op " + name, "a-long-password", role, locale);
		assertThat(id).isNotNull();
		return this.operators.find(name).orElseThrow();
	}

	private static List<MimeMessage> received(String address) {
		return ReceivedMail.to(mail, address);
	}

	private static String part(MimeMessage message, String type) throws Exception {
		return ReceivedMail.part(message, type);
	}

}
