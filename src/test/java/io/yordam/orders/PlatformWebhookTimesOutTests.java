package io.yordam.orders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.yordam.support.YordamTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, low: the platform webhook client had no timeouts, so a platform that accepts
 * connections and never answers held an outbox thread for good (each of them, in time).
 * With a read timeout the attempt fails, is recorded, and is tried again later.
 */
@YordamTest
class PlatformWebhookTimesOutTests {

	/** Accepts every connection, reads nothing, answers nothing. */
	static final SilentServer SILENT = new SilentServer();

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		registry.add("yordam.platform.webhook-url", () -> "http://127.0.0.1:" + SILENT.port() + "/webhook");
		registry.add("yordam.platform.connect-timeout", () -> "500ms");
		registry.add("yordam.platform.read-timeout", () -> "500ms");
		registry.add("yordam.platform.retry-first", () -> "200ms");
		registry.add("yordam.platform.retry-max", () -> "500ms");
	}

	@AfterAll
	static void stop() {
		SILENT.close();
	}

	@Autowired
	PlatformRequests requests;

	@Test
	void aPlatformThatNeverAnswersFailsTheAttemptWhichIsTriedAgainLater() {
		String key = "silent:" + UUID.randomUUID();

		this.requests.request(new OrderAction.RetryPayment(new OrderId("o-silent")), key, key);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.requests.requestedFor(key)).singleElement().satisfies(request -> {
				assertThat(request.attempts()).isGreaterThanOrEqualTo(2);
				assertThat(request.status()).isEqualTo(PlatformActionView.Status.PENDING);
				assertThat(request.lastError()).containsIgnoringCase("timed out");
			}));
		assertThat(SILENT.connections()).as("each attempt reached the silent platform").isGreaterThanOrEqualTo(2);
	}

	static final class SilentServer implements AutoCloseable {

		private final ServerSocket socket;

		private final List<Socket> held = new CopyOnWriteArrayList<>();

		SilentServer() {
			try {
				this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread.ofPlatform().daemon().name("silent-platform").start(this::accept);
		}

		int port() {
			return this.socket.getLocalPort();
		}

		int connections() {
			return this.held.size();
		}

		private void accept() {
			while (!this.socket.isClosed()) {
				try {
					this.held.add(this.socket.accept());
				}
				catch (IOException ex) {
					return;
				}
			}
		}

		@Override
		public void close() {
			try {
				this.socket.close();
				for (Socket s : this.held) {
					s.close();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
