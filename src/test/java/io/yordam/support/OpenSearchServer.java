package io.yordam.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * One real single-node OpenSearch for every test of this JVM that needs it, started on
 * first use ({@link #url()}) in a child JVM ({@link OpenSearchMain}) with a small heap,
 * security off, HTTP on a free port and its data in a temporary directory, and stopped
 * with the tests' JVM. Each Spring context that uses it gets indexes of its own through
 * {@code yordam.search.opensearch.index-prefix} ({@link #prefix()}).
 */
public final class OpenSearchServer {

	private static String url;

	private OpenSearchServer() {
	}

	/** The server's URL, started on the first call. */
	public static synchronized String url() {
		if (url == null) {
			url = start();
		}
		return url;
	}

	/** An index prefix no other context uses. */
	public static String prefix() {
		return "t" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "-";
	}

	private static String start() {
		try {
			Path home = Files.createTempDirectory("yordam-opensearch");
			Files.createDirectories(home.resolve("config"));
			Path log4j = home.resolve("log4j2.properties");
			// OpenSearch sets its loggers' levels through Log4j's core: in the child JVM
			// Log4j's core is the provider (not the bridge to Logback the application
			// uses), warnings only, so that target/opensearch.log stays small.
			Files.writeString(log4j, """
					appender.console.type = Console
					appender.console.name = console
					appender.console.layout.type = PatternLayout
					appender.console.layout.pattern = %d %p %c{1.} %m%n
					rootLogger.level = warn
					rootLogger.appenderRef.console.ref = console
					""");
			int httpPort = freePort();
			int transportPort = freePort();
			String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
			List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xms256m", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
					"-Dlog4j.provider=org.apache.logging.log4j.core.impl.Log4jProvider",
					"-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory",
					"-Dlog4j2.configurationFile=" + log4j, "-Dopensearch.set.netty.runtime.available.processors=false",
					"-Dio.netty.allocator.type=unpooled", "-cp", classPath, OpenSearchMain.class.getName(),
					home.toString(), String.valueOf(httpPort), String.valueOf(transportPort));
			Path log = Paths.get("target", "opensearch.log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, home)));
			String address = "http://127.0.0.1:" + httpPort;
			HttpClient http = HttpClient.newHttpClient();
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("OpenSearch died on start; see " + log.toAbsolutePath());
				}
				return healthy(http, address);
			});
			return address;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean healthy(HttpClient http, String address) {
		try {
			HttpResponse<String> health = http
				.send(HttpRequest.newBuilder(URI.create(address + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void stop(Process process, Path home) {
		try {
			process.getOutputStream().close();
			if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
			try (Stream<Path> files = Files.walk(home)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
		catch (IOException | InterruptedException ex) {
			process.destroyForcibly();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
