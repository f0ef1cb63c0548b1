package io.yordam.observability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.conversations.MessagePosted;
import io.yordam.orders.OrderSynced;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformSignature;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.scheduling.annotation.Async;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.event.TransactionalEventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Structured logs (issue 14): with {@code logging.structured.format.console=ecs} every
 * line is one JSON object, and a line logged while handling a conversation's message, a
 * ticket's page or an order's event carries its id: on the request's thread, and on the
 * listeners' threads after the commit.
 */
@YordamTest
@ExtendWith(OutputCaptureExtension.class)
@Import(LogLinesCarryTheirIdsTests.ListeningToTheDesk.class)
@TestPropertySource(properties = "logging.structured.format.console=ecs")
class LogLinesCarryTheirIdsTests {

	/** Framework lines logged while handling a request, inside the edges' scope. */
	static final List<String> DEBUGGED = List.of("org.springframework.web.servlet.DispatcherServlet",
			"org.springframework.orm.jpa.JpaTransactionManager");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Value("${yordam.platform.secret}")
	String platformSecret;

	Http http;

	@BeforeEach
	void setUp(@Autowired ConfigurableEnvironment environment) {
		this.http = new Http(this.port);
		if (!json) {
			// A JVM-wide system property: the first application sets it, no later one.
			System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
			console(environment);
			DEBUGGED.forEach(logger -> logging().setLogLevel(logger, LogLevel.DEBUG));
			json = true;
		}
	}

	private static boolean json;

	/** The next test classes log as they did: lines for people, their levels. */
	@AfterAll
	static void linesForPeopleAgain(@Autowired ConfigurableEnvironment environment) {
		StandardEnvironment plain = new StandardEnvironment();
		environment.getPropertySources().forEach(plain.getPropertySources()::addLast);
		plain.getPropertySources()
			.addFirst(new MapPropertySource("lines-for-people", Map.of("logging.structured.format.console", "")));
		System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
		console(plain);
		DEBUGGED.forEach(logger -> logging().setLogLevel(logger, null));
		json = false;
	}

	/**
	 * Logging is set up once per JVM, by the first test context (Spring Boot does not set
	 * it up again for the next ones): this class sets it up anew with its own context's
	 * environment, as an application started with it would be, and its levels.
	 */
	static void console(ConfigurableEnvironment environment) {
		LoggingSystem logging = logging();
		logging.cleanUp();
		logging.beforeInitialize();
		logging.initialize(new LoggingInitializationContext(environment), null, null);
		Binder.get(environment)
			.bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
			.ifBound(levels -> levels.forEach((logger, level) -> logging
				.setLogLevel(logger.equalsIgnoreCase("root") ? LoggingSystem.ROOT_LOGGER_NAME : logger, level)));
	}

	static LoggingSystem logging() {
		return LoggingSystem.get(LogLinesCarryTheirIdsTests.class.getClassLoader());
	}

	@Test
	void aMessagesLinesCarryItsConversationOnTheRequestAndInTheListeners(CapturedOutput output) {
		String customer = this.tokens.issue(
				new PlatformUser("c-logs-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Dilnoza", "uz"),
				Duration.ofHours(1));
		String conversation = this.http
			.post("/api/v1/conversations", Map.of("text", "Salom", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customer)
			.send()
			.json()
			.path("id")
			.asString();
		assertThat(this.http
			.post("/api/v1/conversations/" + conversation + "/messages",
					Map.of("text", "Kuryer qayerda?", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customer)
			.send()
			.status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> lines(output, ListeningToTheDesk.class.getName(), "conversationId", conversation).size() >= 2);
		List<JsonNode> handled = lines(output, "org.springframework.web.servlet.DispatcherServlet", "conversationId",
				conversation);
		assertThat(handled).extracting(line -> line.path("message").asString())
			.anyMatch(message -> message.startsWith("Completed 200"));
		// The listener says nothing of ids; its lines carry the message's conversation.
		assertThat(lines(output, ListeningToTheDesk.class.getName(), "conversationId", conversation))
			.extracting(line -> line.path("message").asString())
			.contains("message 1 seen", "message 2 seen");
	}

	@Test
	void aPlatformEventsLinesCarryItsOrder(CapturedOutput output) {
		String orderId = "o-logs-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] body = Http.toJson(PlatformEventBuilder.anOrderEvent().order(orderId).build());
		assertThat(this.http.postRaw("/api/v1/platform/events", body)
			.header(PlatformSignature.HEADER, new PlatformSignature(this.platformSecret).sign(body))
			.send()
			.status()).isEqualTo(200);
		// Taking it in, on the request's thread: the transaction's own lines.
		assertThat(lines(output, "org.springframework.orm.jpa.JpaTransactionManager", "orderId", orderId))
			.extracting(line -> line.path("message").asString())
			.anyMatch(message -> message.contains("PlatformEventIntake.take"));
		// And a listener of what it caused, after the commit.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !lines(output, ListeningToTheDesk.class.getName(), "orderId", orderId).isEmpty());
	}

	/** The JSON lines of this logger whose field has this value. */
	static List<JsonNode> lines(CapturedOutput output, String logger, String field, String value) {
		return output.getOut()
			.lines()
			.filter(line -> line.startsWith("{"))
			.map(JSON::readTree)
			.filter(line -> logger.equals(line.path("log").path("logger").asString())
					|| logger.equals(line.path("log.logger").asString()))
			.filter(line -> value.equals(line.path(field).asString()))
			.toList();
	}

	/** A module's listener as any is written: it logs, and says nothing of ids. */
	static class ListeningToTheDesk {

		private static final Logger log = LoggerFactory.getLogger(ListeningToTheDesk.class);

		@Async
		@TransactionalEventListener
		void on(MessagePosted event) {
			log.info("message {} seen", event.seq());
		}

		@Async
		@TransactionalEventListener
		void on(OrderSynced event) {
			log.info("order {} seen", event.number());
		}

	}

}
