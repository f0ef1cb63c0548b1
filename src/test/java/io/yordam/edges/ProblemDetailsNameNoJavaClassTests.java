package io.yordam.edges;

import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.yordam.edges.EdgeFixture.violation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: "Problem details name internal classes
 * ({@code ParticipantChatController$StartRequest})". A malformed body is described by its
 * field and the kind of value expected, in plain words.
 */
@YordamTest
class ProblemDetailsNameNoJavaClassTests {

	/** How Java types show through: qualified names, nested classes, Jackson's quotes. */
	static final String[] JAVA = { "io.yordam", "java.", "jakarta.", "tools.jackson", "`", "Controller", "StartRequest",
			"OpenRequest", "StatusRequest", "AssignRequest", "$Start", "Payload" };

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	@Autowired
	PlatformProperties platform;

	EdgeFixture desk;

	@BeforeEach
	void setUp() {
		this.desk = new EdgeFixture(this.port, this.tokens, this.operators, this.platform);
	}

	@Test
	void aMalformedChatStartIsDescribedInPlainWords() {
		String[][] cases = { { "[]", "$", "an object" }, { "\"hello\"", "$", "an object" },
				{ "{\"text\":[\"x\"]}", "text", "text" }, { "{\"text\":{\"a\":1}}", "text", "text" },
				{ "{\"orderId\":[]}", "orderId", "text" }, { "{", "$", "not valid JSON" },
				{ "{\"text\":\"x\"} trailing", "$", "" }, { "{\"text\":\"x\",}", "$", "not valid JSON" } };
		for (String[] c : cases) {
			Http.Response response = this.desk.send("POST", "/api/v1/conversations", c[0], this.desk.customer);
			JsonNode violation = violation(response);
			assertThat(violation.path("field").asString()).as(c[0]).isEqualTo(c[1]);
			assertThat(violation.path("message").asString()).as(c[0]).contains(c[2]);
			assertThat(response.text()).as(c[0]).doesNotContain(JAVA);
		}
	}

	@Test
	void aMalformedAgentRequestIsDescribedInPlainWords() {
		String ticket = this.desk.ticketAbout(this.desk.deliveredOrder());
		String[][] cases = { { "/api/v1/agent/tickets/" + ticket + "/incidents", "{\"type\":\"NOPE\"}", "type" },
				{ "/api/v1/agent/tickets/" + ticket + "/incidents",
						"{\"type\":\"WRONG_ORDER\",\"facts\":{\"photoAttachmentId\":\"not-a-uuid\"}}",
						"facts.photoAttachmentId" },
				{ "/api/v1/agent/tickets/" + ticket + "/incidents",
						"{\"type\":\"WRONG_ORDER\",\"facts\":{\"items\":[null]}}", "facts" },
				{ "/api/v1/agent/tickets/" + ticket + "/status", "{\"status\":{}}", "status" },
				{ "/api/v1/agent/tickets/" + ticket + "/assignee", "{\"assigneeId\":42}", "assigneeId" } };
		for (String[] c : cases) {
			Http.Response response = this.desk.send("POST", c[0], c[1], this.desk.agent);
			JsonNode violation = violation(response);
			assertThat(violation.path("field").asString()).as(c[1]).startsWith(c[2]);
			assertThat(response.text()).as(c[1]).doesNotContain(JAVA);
		}
		Http.Response wrongParameter = this.desk.http.get("/api/v1/agent/tickets?line=NOWHERE")
			.bearer(this.desk.agent)
			.send();
		assertThat(violation(wrongParameter).path("field").asString()).isEqualTo("line");
		assertThat(wrongParameter.text()).doesNotContain(JAVA);
	}

}
