package io.yordam.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.yordam.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two node processes, customers writing to both; one node is killed (SIGKILL) mid-load.
 * Clients retry on the other node with the same client message id. Afterwards, by
 * counting: every message a customer got an answer for is stored exactly once, sequence
 * numbers have no gaps, every conversation has exactly one ticket, and no event
 * publication is left undone.
 */
@Tag("cluster")
class NodeKillTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * Recovery within the test's time: stuck publications are failed after 5 s and
	 * redelivered.
	 */
	static final List<String> FAST_RECOVERY = List.of("--spring.modulith.events.staleness.published=PT5S",
			"--spring.modulith.events.staleness.processing=PT5S", "--spring.modulith.events.staleness.resubmitted=PT5S",
			"--spring.modulith.events.staleness.check-interval=PT2S", "--yordam.events.redelivery.interval=PT2S",
			"--yordam.events.redelivery.min-age=PT0S");

	static final String TOKEN_SECRET = "demo-platform-token-secret-change-me-0123456789";

	@Test
	void killingANodeUnderLoadLosesNothingAndDoublesNothing() throws Exception {
		String schema = "kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		TestDatabase.execute("create schema " + schema);
		try (NodeProcess a = NodeProcess.start("a", schema, FAST_RECOVERY);
				NodeProcess b = NodeProcess.start("b", schema, FAST_RECOVERY)) {
			List<String> nodes = List.of(a.base(), b.base());
			int customers = 8;
			Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
			Map<String, String> conversations = new ConcurrentHashMap<>();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(22);
			List<Future<?>> running = new ArrayList<>();
			try (ExecutorService pool = Executors.newFixedThreadPool(customers + 1)) {
				for (int i = 0; i < customers; i++) {
					int index = i;
					running.add(pool.submit(() -> {
						Customer customer = new Customer("c-kill-" + index + "-" + UUID.randomUUID(), nodes, index % 2);
						String conversation = customer.start();
						conversations.put(customer.id, conversation);
						Set<String> acked = ConcurrentHashMap.newKeySet();
						acknowledged.put(conversation, acked);
						while (System.nanoTime() < deadline) {
							String clientMessageId = UUID.randomUUID().toString();
							customer.send(conversation, clientMessageId, "Buyurtmam qayerda? " + clientMessageId);
							acked.add(clientMessageId);
							TimeUnit.MILLISECONDS.sleep(1100);
						}
						return null;
					}));
				}
				TimeUnit.SECONDS.sleep(8);
				a.kill();
				for (Future<?> customer : running) {
					customer.get(90, TimeUnit.SECONDS);
				}
			}

			int total = 0;
			for (Map.Entry<String, Set<String>> entry : acknowledged.entrySet()) {
				List<JsonNode> stored = messages(b.base(),
						conversations.entrySet()
							.stream()
							.filter(e -> e.getValue().equals(entry.getKey()))
							.findFirst()
							.orElseThrow()
							.getKey(),
						entry.getKey());
				List<String> ids = stored.stream().map(m -> m.path("clientMessageId").asString()).toList();
				assertThat(new HashSet<>(ids)).as("no message stored twice").hasSize(ids.size());
				assertThat(ids).as("every acknowledged message is stored").containsAll(entry.getValue());
				for (int i = 0; i < stored.size(); i++) {
					assertThat(stored.get(i).path("seq").asLong()).as("sequence without gaps").isEqualTo(i + 1);
				}
				total += entry.getValue().size();
			}
			assertThat(total).as("the load actually ran").isGreaterThan(customers * 10);

			// Each conversation got exactly one ticket, and every event reached its
			// listeners, even those
			// that the killed node had taken and never finished.
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				assertThat(count(schema, "select count(*) from event_publication")).isZero();
				assertThat(count(schema, "select count(distinct conversation_id) from tickets"))
					.isEqualTo(conversations.size());
			});
			assertThat(count(schema, "select count(*) from tickets")).isEqualTo(conversations.size());
		}
		finally {
			TestDatabase.execute("drop schema if exists " + schema + " cascade");
		}
	}

	static List<JsonNode> messages(String node, String customerId, String conversation) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI.create(node + "/api/v1/conversations/" + conversation + "/messages?after=0&limit=500"))
			.header("Authorization", "Bearer " + token(customerId))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> list = new ArrayList<>();
		JSON.readTree(response.body()).forEach(list::add);
		return list;
	}

	static int count(String schema, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestDatabase.POSTGRES_URL + "?currentSchema=" + schema,
				TestDatabase.POSTGRES_USER, "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	static String token(String customerId) {
		Instant now = Instant.now();
		var encoder = new NimbusJwtEncoder(
				new ImmutableSecret<>(new SecretKeySpec(TOKEN_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
				JwtClaimsSet.builder()
					.subject(customerId)
					.claim("role", "customer")
					.claim("name", "Kill Test")
					.claim("locale", "uz")
					.issuedAt(now)
					.expiresAt(now.plusSeconds(3600))
					.build()))
			.getTokenValue();
	}

	/**
	 * A mobile app: talks to its node, and on a failure retries the same request on the
	 * other one.
	 */
	static final class Customer {

		final String id;

		final String token;

		final List<String> nodes;

		int current;

		Customer(String id, List<String> nodes, int home) {
			this.id = id;
			this.token = token(id);
			this.nodes = nodes;
			this.current = home;
		}

		String start() throws Exception {
			return JSON
				.readTree(
						postUntilAccepted("/api/v1/conversations", Map.of("text", "Salom", "clientMessageId", "start")))
				.path("id")
				.asString();
		}

		void send(String conversation, String clientMessageId, String text) throws Exception {
			postUntilAccepted("/api/v1/conversations/" + conversation + "/messages",
					Map.of("clientMessageId", clientMessageId, "text", text));
		}

		private String postUntilAccepted(String path, Object body) throws Exception {
			long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (System.nanoTime() < giveUp) {
				try {
					HttpResponse<String> response = HTTP
						.send(HttpRequest.newBuilder(URI.create(this.nodes.get(this.current) + path))
							.timeout(Duration.ofSeconds(5))
							.header("Content-Type", "application/json")
							.header("Authorization", "Bearer " + this.token)
							.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
							.build(), HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() < 300) {
						return response.body();
					}
					if (response.statusCode() != 429 && response.statusCode() < 500) {
						throw new AssertionError(path + " answered " + response.statusCode() + " " + response.body());
					}
				}
				catch (java.io.IOException ex) {
					// The node is gone: the same request, same client message id, on the
					// other node.
					this.current = 1 - this.current;
				}
				TimeUnit.MILLISECONDS.sleep(300);
			}
			throw new AssertionError("no node accepted " + path + " within 60 s");
		}

	}

}
