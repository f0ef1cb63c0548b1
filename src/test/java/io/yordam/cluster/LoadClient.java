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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.yordam.support.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** What the fault tests' customers do, and how the tests count afterwards. */
final class LoadClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * The demo default of yordam.security.platform-token-secret, which the test nodes run
	 * with.
	 */
	static final String TOKEN_SECRET = "demo-platform-token-secret-change-me-0123456789";

	private LoadClient() {
	}

	static List<JsonNode> messages(String node, String customerId, String conversation) throws Exception {
		return messagesAfter(node, customerId, conversation, 0);
	}

	static List<JsonNode> messagesAfter(String node, String customerId, String conversation, long after)
			throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI
				.create(node + "/api/v1/conversations/" + conversation + "/messages?after=" + after + "&limit=500"))
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
