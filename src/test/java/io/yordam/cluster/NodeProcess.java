package io.yordam.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.yordam.support.TestDatabase;

import static org.awaitility.Awaitility.await;

/**
 * A Yordam node in a process of its own, on a shared PostgreSQL schema with the RabbitMQ
 * relay, so that a test can kill it the hard way (SIGKILL), as a crashed machine would
 * go.
 */
final class NodeProcess implements AutoCloseable {

	private final String name;

	private final int port;

	private final Process process;

	private NodeProcess(String name, int port, Process process) {
		this.name = name;
		this.port = port;
		this.process = process;
	}

	static NodeProcess start(String name, String schema, List<String> extraArguments) throws IOException {
		NodeProcess node = launch(name, schema, extraArguments);
		node.awaitReady();
		return node;
	}

	/**
	 * Starts the node's process without waiting for it: a boot (~30 s) is mostly one
	 * thread, so two nodes booting side by side take far less than one after the other.
	 * Flyway's lock keeps their migrations of one schema apart.
	 */
	static NodeProcess launch(String name, String schema, List<String> extraArguments) throws IOException {
		io.yordam.support.RequiredServices.postgres();
		io.yordam.support.RequiredServices.stomp();
		int port = freePort();
		// Surefire hands the forked JVM its class path in this property (the JVM's own is
		// a manifest jar).
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(
				List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp", classPath, "io.yordam.YordamApplication",
						"--server.port=" + port, "--spring.profiles.active=test", "--yordam.test.own-datasource=true",
						"--spring.datasource.url=" + TestDatabase.POSTGRES_URL + "?currentSchema=" + schema,
						"--spring.datasource.username=" + TestDatabase.POSTGRES_USER, "--spring.datasource.password=",
						"--spring.flyway.schemas=" + schema, "--yordam.realtime.relay.enabled=true",
						"--yordam.demo.enabled=false"));
		command.addAll(extraArguments);
		Path log = Paths.get("target", "node-" + name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new NodeProcess(name, port, process);
	}

	int port() {
		return this.port;
	}

	String base() {
		return "http://localhost:" + this.port;
	}

	/** Gone at once, mid-request, with no shutdown hook: what a power cut does. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	void awaitReady() {
		HttpClient http = HttpClient.newHttpClient();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("node " + this.name + " died; see target/node-" + this.name + ".log");
			}
			try {
				return http
					.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String toString() {
		return "node " + this.name + " on " + this.port + " (" + new File("target/node-" + this.name + ".log") + ")";
	}

}
