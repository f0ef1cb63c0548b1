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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.Async;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.event.TransactionalEventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Structured logs (issue 14): with {@code logging.structured.format.console=ecs} every line
 * is one JSON object, and a line logged while handling a conversation's message, a
 * ticket's page or an order's event carries its id: on the request's thread, and on the
 * listeners' threads after the commit.
 */
@YordamTest
@ExtendWith(OutputCaptureExtension.class)
@Import(LogLinesCarryTheirIdsTests.ListeningToTheDesk.class)
@TestPropertySource(properties = { "logging.structured.format.console=ecs",
		"logging.level.org.springframework.web.servlet.DispatcherServlet=debug",
		"logging.level.org.springframework.orm.jpa.JpaTransactionManager=debug" })
class LogLinesCarryTheirIdsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Value("${yordam.platform.secret}")
	String platformSecret;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
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
