package io.yordam.workspace;

import java.util.UUID;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The workspace is for signed-in operators, with CSRF on every change. */
@YordamTest
class WorkspaceSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	Http http;

	String username;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.username = "op-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(this.username, "Timur Rakhimov", "correct-horse", OperatorRole.AGENT, "uz");
	}

	@Test
	void theWorkspaceAsksToSignIn() {
		Http.Response response = this.http.get("/agent").send();
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login");
	}

	@Test
	void aWrongPasswordIsRefused() {
		OperatorSession session = OperatorSession.open(this.http);
		Http.Response response = session.login(this.username, "wrong-password");
		assertThat(response.header("Location")).endsWith("/login?error");
		assertThat(session.get("/agent").status()).isEqualTo(302);
	}

	@Test
	void anOperatorSignsInAndSeesTheQueueInTheirLanguage() {
		OperatorSession session = OperatorSession.open(this.http);
		Http.Response login = session.login(this.username, "correct-horse");
		assertThat(login.header("Location")).doesNotContain("error");
		Http.Response queue = session.get("/agent");
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.text()).contains("Timur Rakhimov").contains("Javob kutmoqda");
		assertThat(session.get("/agent?lang=ru").text()).contains("Ждут ответа");
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsRefused() {
		OperatorSession session = OperatorSession.open(this.http);
		session.login(this.username, "correct-horse");
		Http.Response response = this.http
			.postRaw("/agent/tickets/" + UUID.randomUUID() + "/status", "status=SOLVED".getBytes())
			.contentType("application/x-www-form-urlencoded")
			.header("Cookie", session.cookie())
			.send();
		assertThat(response.status()).isEqualTo(403);
	}

}
