package io.yordam.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The services some tests need, checked before they start: a missing one fails the test
 * with a message saying how to start it, never a silent skip. {@code mvn verify} sets
 * them up itself (scripts/prepare-test-services.sh).
 */
public final class RequiredServices {

	private RequiredServices() {
	}

	public static void stomp() {
		requirePort(61613, "RabbitMQ's STOMP plugin is not listening on 127.0.0.1:61613. Start it with "
				+ "'rabbitmq-plugins enable rabbitmq_stomp' (and 'rabbitmq-server -detached' if RabbitMQ is down), "
				+ "or run scripts/prepare-test-services.sh");
	}

	public static void postgres() {
		requirePort(5432,
				"PostgreSQL is not answering on 127.0.0.1:5432. Start it with "
						+ "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start', "
						+ "or run scripts/prepare-test-services.sh");
	}

	public static Path chromium(String executable) {
		Path path = Path.of(executable);
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException("Chromium is not installed at " + executable
					+ ". Install Debian's with 'apt-get install chromium' (or point -Dyordam.chromium at one), "
					+ "or run scripts/prepare-test-services.sh");
		}
		return path;
	}

	private static void requirePort(int port, String message) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
		}
		catch (IOException ex) {
			throw new IllegalStateException(message, ex);
		}
	}

}
