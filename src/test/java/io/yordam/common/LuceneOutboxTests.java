package io.yordam.common;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.YordamApplication;
import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageHit;
import io.yordam.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default Lucene backend indexes through Hibernate Search's outbox (ADR 011), as the
 * application runs it, not as the other tests do (they index in the transaction to assert
 * at once): a customer's messages commit their index updates as outbox rows, on embedded
 * H2, and a node stopped before its indexing agent took them loses none: the next start
 * on the same database and index directory indexes them.
 */
class LuceneOutboxTests {

	@TempDir
	Path index;

	final String database = "jdbc:h2:mem:outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	ConfigurableApplicationContext node;

	@AfterEach
	void stop() throws Exception {
		if (this.node != null && this.node.isActive()) {
			this.node.close();
		}
		try (Connection connection = DriverManager.getConnection(this.database, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("shutdown");
		}
	}

	@Test
	void messagesWrittenBeforeTheAgentIndexedThemAreFoundAfterARestart() throws Exception {
		// No agent on this node: what it writes stays in the outbox until a node with one
		// starts.
		this.node = node("--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false");
		String tag = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		String customer = this.node.getBean(PlatformTokens.class)
			.issue(new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Dilnoza", "uz"),
					Duration.ofHours(1));
		Http http = new Http(((WebServerApplicationContext) this.node).getWebServer().getPort());
		String conversation = http
			.post("/api/v1/conversations", Map.of("text", "Salom " + tag, "clientMessageId", "m0"))
			.bearer(customer)
			.send()
			.json()
			.path("id")
			.asString();
		int written = 5;
		for (int i = 0; i < written; i++) {
			assertThat(http
				.post("/api/v1/conversations/" + conversation + "/messages",
						Map.of("clientMessageId", "k-" + i, "text", "Kuryer " + tag + " xabar " + i))
				.bearer(customer)
				.send()
				.status()).isEqualTo(200);
		}
		// Committed with the messages and not indexed: the commit did not wait for
		// Lucene.
		assertThat(outboxRows()).isGreaterThanOrEqualTo(written + 1);
		assertThat(this.node.getBean(Conversations.class).searchMessages(tag, 50)).isEmpty();
		this.node.close();

		this.node = node();
		Conversations conversations = this.node.getBean(Conversations.class);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(conversations.searchMessages(tag, 50).stream().map(MessageHit::text))
				.hasSize(written + 1));
		await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows() == 0);

		// And an operator's search through the API finds them as before.
		OperatorId id = this.node.getBean(Operators.class)
			.register("lo-" + UUID.randomUUID().toString().substring(0, 8), "Searcher", "a-long-password",
					OperatorRole.AGENT, "uz");
		String agent = this.node.getBean(Operators.class).issueApiToken(id, "lucene outbox test");
		Http.Response found = new Http(((WebServerApplicationContext) this.node).getWebServer().getPort())
			.get("/api/v1/agent/search?q=" + tag)
			.bearer(agent)
			.send();
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().findValues("ticket")).isNotEmpty();
	}

	ConfigurableApplicationContext node(String... extra) {
		List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0",
				"--yordam.test.own-datasource=true", "--spring.datasource.url=" + this.database,
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--yordam.demo.enabled=false",
				// As the application runs: the outbox, a Lucene index on disk that
				// outlives the node.
				"--spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling",
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
				"--spring.jpa.properties.hibernate.search.backend.directory.root=" + this.index));
		arguments.addAll(List.of(extra));
		return new SpringApplicationBuilder(YordamApplication.class).profiles("test")
			.run(arguments.toArray(String[]::new));
	}

	long outboxRows() throws Exception {
		try (Connection connection = DriverManager.getConnection(this.database, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from hsearch_outbox_event")) {
			result.next();
			return result.getLong(1);
		}
	}

}
