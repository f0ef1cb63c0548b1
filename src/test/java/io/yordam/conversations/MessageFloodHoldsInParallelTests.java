package io.yordam.conversations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, "every limit holds under concurrency": the flood limit counts one
 * participant's messages across all their conversations, so messages fired at once into
 * two conversations must still stop at the limit, not one limit per conversation or more.
 */
@YordamTest
class MessageFloodHoldsInParallelTests {

	static final int FLOOD_LIMIT = 10;

	@DynamicPropertySource
	static void limits(DynamicPropertyRegistry registry) {
		registry.add("yordam.chat.flood-messages", () -> FLOOD_LIMIT);
		// A window longer than the test, so the count is decided by the limit alone.
		registry.add("yordam.chat.flood-window", () -> "PT10M");
	}

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twentyMessagesAtOnceIntoTwoConversationsStopAtTheFloodLimit() throws Exception {
		Http http = new Http(this.port);
		String participantId = "flood-" + UUID.randomUUID();
		String token = this.tokens.issue(new PlatformUser(participantId, PlatformRole.CUSTOMER, "Dilnoza", "uz"),
				Duration.ofHours(1));
		List<String> conversations = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Http.Response started = http.post("/api/v1/conversations", Map.of("clientMessageId", "start-" + i))
				.bearer(token)
				.send();
			assertThat(started.status()).as(started.toString()).isEqualTo(201);
			conversations.add(started.json().path("id").asString());
		}

		List<Callable<Http.Response>> posts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String conversation = conversations.get(i % 2);
			String clientMessageId = "m-" + i;
			posts.add(() -> http
				.post("/api/v1/conversations/" + conversation + "/messages",
						Map.of("clientMessageId", clientMessageId, "text", "Qayerda? " + clientMessageId))
				.bearer(token)
				.send());
		}
		List<Http.Response> answers = Parallel.all(posts);

		assertThat(answers).extracting(Http.Response::status).containsOnly(200, 429);
		assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(FLOOD_LIMIT);
		assertThat(answers).filteredOn(r -> r.status() == 429)
			.allSatisfy(r -> assertThat(r.json().path("rule").asString()).isEqualTo("message-flood"));
		assertThat(this.jdbc.queryForObject("select count(*) from messages where author_id = ?", Integer.class,
				participantId))
			.isEqualTo(FLOOD_LIMIT);
	}

}
