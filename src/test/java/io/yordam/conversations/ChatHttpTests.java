package io.yordam.conversations;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.Multipart;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@YordamTest
class ChatHttpTests {

	static final byte[] PNG = Multipart.PNG;

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@org.springframework.beans.factory.annotation.Value("${yordam.security.platform-token-secret}")
	String secret;

	Http http;

	String alice;

	String bob;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.alice = token("c-alice-" + UUID.randomUUID(), "Alisher Usmonov", "uz");
		this.bob = token("c-bob-" + UUID.randomUUID(), "Борис Петров", "ru");
	}

	String token(String id, String name, String locale) {
		return this.tokens.issue(new PlatformUser(id, PlatformRole.CUSTOMER, name, locale), Duration.ofHours(1));
	}

	String start(String token, String text) {
		Http.Response response = this.http
			.post("/api/v1/conversations", Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	Http.Response post(String token, String conversation, String clientMessageId, String text) {
		return this.http
			.post("/api/v1/conversations/" + conversation + "/messages",
					Map.of("clientMessageId", clientMessageId, "text", text))
			.bearer(token)
			.send();
	}

	@Test
	void aCustomerStartsAConversationAndWrites() {
		String id = start(this.alice, "Buyurtmam qayerda?");
		Http.Response sent = post(this.alice, id, "m-1", "Kuryer kechikyapti");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.json().path("seq").asLong()).isEqualTo(2);
		JsonNode messages = this.http.get("/api/v1/conversations/" + id + "/messages?after=0")
			.bearer(this.alice)
			.send()
			.json();
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0).path("text").asString()).isEqualTo("Buyurtmam qayerda?");
		JsonNode caughtUp = this.http.get("/api/v1/conversations/" + id + "/messages?after=1")
			.bearer(this.alice)
			.send()
			.json();
		assertThat(caughtUp).hasSize(1);
		assertThat(caughtUp.get(0).path("seq").asLong()).isEqualTo(2);
		assertThat(this.http.get("/api/v1/conversations").bearer(this.alice).send().json()).hasSize(1);
	}

	@Test
	void aRetryWithTheSameClientMessageIdReturnsTheSameMessage() {
		String id = start(this.alice, "Salom");
		Http.Response first = post(this.alice, id, "retry-1", "Plov sovuq keldi");
		Http.Response retry = post(this.alice, id, "retry-1", "Plov sovuq keldi");
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
		assertThat(messages(id)).isEqualTo(2);
	}

	@Test
	void anotherCustomersConversationAnswersAsIfItDidNotExist() {
		String id = start(this.alice, "Private");
		Http.Response read = this.http.get("/api/v1/conversations/" + id).bearer(this.bob).send();
		Http.Response list = this.http.get("/api/v1/conversations/" + id + "/messages").bearer(this.bob).send();
		Http.Response write = post(this.bob, id, "x-1", "hello");
		Http.Response unknown = this.http.get("/api/v1/conversations/" + UUID.randomUUID()).bearer(this.bob).send();
		assertThat(read.status()).isEqualTo(404);
		assertThat(list.status()).isEqualTo(404);
		assertThat(write.status()).isEqualTo(404);
		assertThat(read.text()).isEqualTo(unknown.text()
			.replace(unknown.json().path("instance").asString(), read.json().path("instance").asString()));
		assertThat(this.http.get("/api/v1/conversations").bearer(this.bob).send().json()).isEmpty();
		assertThat(messages(id)).isEqualTo(1);
	}

	@Test
	void withoutAValidTokenNothingIsAnswered() {
		assertThat(this.http.get("/api/v1/conversations").send().status()).isEqualTo(401);
		assertThat(this.http.get("/api/v1/conversations").bearer("not-a-jwt").send().status()).isEqualTo(401);
		String expired = ExpiredTokens.expired(this.secret, "c-x");
		assertThat(this.http.get("/api/v1/conversations").bearer(expired).send().status()).isEqualTo(401);
	}

	@Test
	void anEmptyOrTooLongMessageIsRefusedAndNothingIsStored() {
		String id = start(this.alice, "Salom");
		Http.Response empty = post(this.alice, id, "e-1", "   ");
		Http.Response tooLong = post(this.alice, id, "e-2", "a".repeat(2001));
		Http.Response noClientId = this.http.post("/api/v1/conversations/" + id + "/messages", Map.of("text", "hi"))
			.bearer(this.alice)
			.send();
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.problemFields()).containsExactly("text");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().path("errors").get(0).path("rule").asString()).isEqualTo("max-length");
		assertThat(noClientId.status()).isEqualTo(400);
		assertThat(noClientId.problemFields()).containsExactly("clientMessageId");
		assertThat(messages(id)).isEqualTo(1);
	}

	@Test
	void aFloodOfMessagesIsSlowedDown() {
		String id = start(this.alice, "1");
		int accepted = 1;
		Http.Response last = null;
		for (int i = 0; i < 15; i++) {
			last = post(this.alice, id, "flood-" + i, "message " + i);
			if (last.status() == 200) {
				accepted++;
			}
			else {
				break;
			}
		}
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.json().path("rule").asString()).isEqualTo("message-flood");
		assertThat(accepted).isEqualTo(10);
		assertThat(messages(id)).isEqualTo(10);
	}

	@Test
	void imagesAreCheckedByContentNotByName() {
		String id = start(this.alice, "Qarang");
		Http.Response image = Multipart.post(this.http, "/api/v1/conversations/" + id + "/images", this.alice, "img-1",
				"photo.jpg", "image/jpeg", PNG);
		assertThat(image.status()).as(image.toString()).isEqualTo(200);
		assertThat(image.json().path("attachmentType").asString()).isEqualTo("image/png");
		String attachmentId = image.json().path("attachmentId").asString();
		Http.Response download = this.http.get("/api/v1/conversations/" + id + "/attachments/" + attachmentId)
			.bearer(this.alice)
			.send();
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PNG);
		assertThat(this.http.get("/api/v1/conversations/" + id + "/attachments/" + attachmentId)
			.bearer(this.bob)
			.send()
			.status()).isEqualTo(404);

		Http.Response disguised = Multipart.post(this.http, "/api/v1/conversations/" + id + "/images", this.alice,
				"img-2", "invoice.png", "image/png", "%PDF-1.7 not an image".getBytes());
		assertThat(disguised.status()).isEqualTo(400);
		assertThat(disguised.json().path("errors").get(0).path("rule").asString()).isEqualTo("image-type");
		assertThat(messages(id)).isEqualTo(2);
	}

	@Test
	void anOrderThatIsNotTheCustomersIsRefused() {
		Http.Response response = this.http
			.post("/api/v1/conversations", Map.of("orderId", "o-nobody", "text", "hi", "clientMessageId", "c1"))
			.bearer(this.alice)
			.send();
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemFields()).containsExactly("orderId");
	}

	private int messages(String conversationId) {
		return this.jdbc.queryForObject("select count(*) from messages where conversation_id = ?", Integer.class,
				UUID.fromString(conversationId));
	}

}
