package io.yordam.access;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.yordam.support.Http;
import io.yordam.support.StompClients;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A low finding of issue 10: "JWTs without exp are accepted forever; a role claim of the
 * wrong type gives 500; a sub over 64 characters or a name over 255 gives 500". Each such
 * token is a 401 problem over HTTP and a refused STOMP CONNECT; and (another low finding)
 * the chat API's and the agent API's 401s are problem details, not empty bodies.
 */
@YordamTest
class PlatformTokenClaimsAreCheckedTests {

	@LocalServerPort
	int port;

	@Autowired
	SecurityProperties properties;

	Http http;

	NimbusJwtEncoder encoder;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(
				this.properties.platformTokenSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
	}

	@Test
	void aWellFormedTokenIsAccepted() throws Exception {
		String token = token(c -> {
		});
		assertThat(this.http.get("/api/v1/conversations").bearer(token).send().status()).isEqualTo(200);
		assertThat(stompConnects(token)).isTrue();
	}

	@Test
	void aTokenWithoutExpiryIsRefused() throws Exception {
		assertRefused(token(c -> c.claims(all -> all.remove("exp"))));
	}

	@Test
	void aTokenLivingLongerThanADayIsRefused() throws Exception {
		assertRefused(token(c -> c.expiresAt(Instant.now().plus(Duration.ofDays(30)))));
		assertRefused(token(c -> c.issuedAt(Instant.now().minus(Duration.ofDays(3)))
			.expiresAt(Instant.now().plus(Duration.ofHours(1)))));
	}

	@Test
	void aRoleOfTheWrongTypeIsRefusedNotAServerError() throws Exception {
		assertRefused(token(c -> c.claim("role", 3)));
		assertRefused(token(c -> c.claim("role", List.of("customer"))));
		assertRefused(token(c -> c.claim("role", Map.of("name", "customer"))));
		assertRefused(token(c -> c.claim("role", "admin")));
	}

	@Test
	void anOverlongSubOrNameIsRefusedNotAServerError() throws Exception {
		assertRefused(token(c -> c.subject("c-" + "x".repeat(63))));
		assertRefused(token(c -> c.claim("name", "N".repeat(256))));
		assertRefused(token(c -> c.claim("name", 42)));
		assertRefused(token(c -> c.subject(" ")));
	}

	@Test
	void theApis401sAreProblemDetails() {
		assertProblem(this.http.get("/api/v1/conversations").send());
		assertProblem(this.http.get("/api/v1/conversations").bearer("not-a-jwt").send());
		assertProblem(this.http.get("/api/v1/agent/tickets").send());
		assertProblem(this.http.get("/api/v1/agent/tickets").bearer("yt_unknown").send());
	}

	private void assertRefused(String token) throws Exception {
		Http.Response response = this.http.get("/api/v1/conversations").bearer(token).send();
		assertProblem(response);
		assertThat(stompConnects(token)).as("STOMP CONNECT with the same token").isFalse();
	}

	private static void assertProblem(Http.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(401);
		assertThat(response.json().path("title").asString()).isNotBlank();
	}

	private String token(Consumer<JwtClaimsSet.Builder> shape) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.subject("c-" + UUID.randomUUID())
			.claim("role", "customer")
			.claim("name", "Jasur")
			.claim("locale", "uz")
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofHours(1)));
		shape.accept(claims);
		return this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
	}

	private boolean stompConnects(String token) throws Exception {
		WebSocketStompClient client = StompClients.textClient();
		try {
			StompHeaders connect = new StompHeaders();
			connect.add("Authorization", "Bearer " + token);
			CompletableFuture<StompSession> session = client.connectAsync("ws://localhost:" + this.port + "/ws",
					new WebSocketHttpHeaders(), connect, new StompSessionHandlerAdapter() {
						@Override
						public Type getPayloadType(StompHeaders headers) {
							return String.class;
						}

						@Override
						public void handleException(StompSession s, StompCommand command, StompHeaders headers,
								byte[] payload, Throwable exception) {
						}
					});
			try {
				StompSession connected = session.get(10, TimeUnit.SECONDS);
				connected.disconnect();
				return true;
			}
			catch (Exception refused) {
				return false;
			}
		}
		finally {
			client.stop();
		}
	}

}
