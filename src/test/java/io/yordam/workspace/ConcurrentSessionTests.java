package io.yordam.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page fires requests in parallel on one session: none may fail on the shared session
 * store.
 */
@YordamTest
class ConcurrentSessionTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Test
	void parallelRequestsOnAFreshSessionAllSucceed() throws Exception {
		String username = "par-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(username, "Aziza", "a-long-password", OperatorRole.AGENT, "uz");
		Http http = new Http(this.port);
		for (int round = 0; round < 5; round++) {
			OperatorSession session = OperatorSession.open(http);
			session.login(username, "a-long-password");
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				int n = i;
				calls.add(() -> session.get((n % 2 == 0) ? "/agent" : "/agent/queue/rows?view=solved").status());
			}
			try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
				for (Future<Integer> status : pool.invokeAll(calls)) {
					assertThat(status.get()).isEqualTo(200);
				}
			}
		}
	}

}
