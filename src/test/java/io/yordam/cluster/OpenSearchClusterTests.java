package io.yordam.cluster;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import io.yordam.support.OpenSearchServer;
import io.yordam.support.RequiredServices;
import io.yordam.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search on several nodes: two nodes on one PostgreSQL schema and one real OpenSearch,
 * with Hibernate Search's outbox-polling coordination. What a node writes is found from
 * the other; and a node stopped right after its writes, before its indexing agent took
 * them, loses no index update: they wait in the outbox table, and the other node indexes
 * them.
 * <p>
 * Node A runs no indexing agent ({@code event_processor.enabled=false}): whatever it
 * writes is indexed by another node's agent, never by itself, so when it stops its
 * writes' index updates are deterministically still pending. (An agent that polls rarely
 * would do too, but Hibernate Search's shutdown waits for its next poll.) Node B's agent
 * is an ordinary one and does all the indexing.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchClusterTests {

	static final String SCHEMA = "ossearch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	static final String PREFIX = OpenSearchServer.prefix();

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	static String agent;

	@BeforeAll
	static void startNodes() {
		RequiredServices.postgres();
		OpenSearchServer.url();
		TestDatabase.execute("create schema " + SCHEMA);
		nodeA = node("--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false");
		nodeB = node();
		Operators operators = nodeA.getBean(Operators.class);
		OperatorId id = operators.register("os-" + UUID.randomUUID().toString().substring(0, 8), "Searcher",
				"a-long-password", OperatorRole.AGENT, "ru");
		agent = operators.issueApiToken(id, "opensearch cluster test");
	}

	@AfterAll
	static void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
		TestDatabase.execute("drop schema if exists " + SCHEMA + " cascade");
	}

	static ConfigurableApplicationContext node(String... extra) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--yordam.test.own-datasource=true",
				"--spring.datasource.url=" + TestDatabase.POSTGRES_URL + "?currentSchema=" + SCHEMA,
				"--spring.datasource.username=" + TestDatabase.POSTGRES_USER, "--spring.datasource.password=",
				"--spring.flyway.schemas=" + SCHEMA, "--yordam.demo.enabled=false",
				"--yordam.search.backend=opensearch", "--yordam.search.opensearch.url=" + OpenSearchServer.url(),
				"--yordam.search.opensearch.index-prefix=" + PREFIX,
				// As the application runs (the test profile indexes in the transaction
				// instead).
				"--spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling"));
		arguments.addAll(List.of(extra));
		return new SpringApplicationBuilder(YordamApplication.class).profiles("test")
			.run(arguments.toArray(String[]::new));
	}

	static Http http(ConfigurableApplicationContext node) {
		return new Http(((WebServerApplicationContext) node).getWebServer().getPort());
	}

	static String tag() {
		// Letters only (a digit becomes one of g…p), so that two tags are rarely a typo
		// apart.
		StringBuilder tag = new StringBuilder("zx");
		UUID.randomUUID()
			.toString()
			.replace("-", "")
			.substring(0, 8)
			.chars()
			.forEach(c -> tag.append((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)));
		return tag.toString();
	}

	@Test
	@Order(1)
	void whatACustomerWritesOnOneNodeAnOperatorFindsFromTheOther() {
		String tag = tag();
		String ticket = startConversation(nodeA, "Ольга", "ru", "Курьер заблудился и опоздал на час " + tag).ticket();

		// Russian word forms and Uzbek Latin for Cyrillic work there as on Lucene.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(found(nodeB, "курьера " + tag)).contains(ticket));
		String uzbek = startConversation(nodeA, "Жасур", "uz", "Буюртмам кечикди " + tag).ticket();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(found(nodeB, "buyurtmam " + tag)).contains(uzbek));
	}

	@Test
	@Order(2)
	void writesNoAgentIndexedBeforeTheirNodeStoppedAreIndexedByTheNextNode() {
		String tag = tag();
		Conversation conversation = startConversation(nodeA, "Dilnoza", "uz", "Salom " + tag);
		// Only node A is left to index: B goes first.
		nodeB.close();
		long before = pendingIndexUpdates();
		// Under the chat's flood limit (10 messages in 10 s from one customer).
		int written = 8;
		for (int i = 0; i < written; i++) {
			assertThat(http(nodeA)
				.post("/api/v1/conversations/" + conversation.id() + "/messages",
						Map.of("clientMessageId", "k-" + i, "text", "Kuryer " + tag + " xabar " + i))
				.bearer(conversation.customer())
				.send()
				.status()).isEqualTo(200);
		}
		// Committed with the messages, in the database, and nobody has indexed them.
		assertThat(pendingIndexUpdates() - before).isGreaterThanOrEqualTo(written);
		nodeA.close();

		nodeB = node();
		Conversations conversations = nodeB.getBean(Conversations.class);
		await().atMost(Duration.ofSeconds(60))
			// Search forgives a typo: an earlier test's tag one letter away is found too,
			// so
			// only this test's exact tag counts.
			.untilAsserted(() -> assertThat(conversations.searchMessages(tag, 50)
				.stream()
				.map(MessageHit::text)
				.filter(text -> text.contains(tag))).hasSize(written + 1));
		await().atMost(Duration.ofSeconds(30)).until(() -> pendingIndexUpdates() == 0);
	}

	record Conversation(String id, String customer, String ticket) {
	}

	static Conversation startConversation(ConfigurableApplicationContext node, String name, String locale,
			String text) {
		String customer = node.getBean(PlatformTokens.class)
			.issue(new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, name, locale),
					Duration.ofHours(1));
		Http http = http(node);
		String conversation = http.post("/api/v1/conversations", Map.of("text", text, "clientMessageId", "m0"))
			.bearer(customer)
			.send()
			.json()
			.path("id")
			.asString();
		String ticket = await().atMost(Duration.ofSeconds(15))
			.until(() -> http.get("/api/v1/agent/conversations/" + conversation + "/ticket").bearer(agent).send(),
					r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
		return new Conversation(conversation, customer, ticket);
	}

	static List<String> found(ConfigurableApplicationContext node, String q) {
		Http.Response response = http(node)
			.get("/api/v1/agent/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
			.bearer(agent)
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().findValues("ticket").stream().map(t -> t.path("id").asString()).toList();
	}

	static long pendingIndexUpdates() {
		return TestDatabase.queryForLong("select count(*) from " + SCHEMA + ".hsearch_outbox_event");
	}

}
