package io.yordam.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL restarts under load. Requests fail while it is away; clients retry with the
 * same client message id; the connection pools reconnect. Counted afterwards: nothing
 * lost, nothing doubled.
 */
@Tag("cluster")
class DatabaseRestartTests {

	@Test
	void aDatabaseRestartUnderLoadLosesNothingAndDoublesNothing() throws Exception {
		FaultScenario.run("pgrestart", 6, Duration.ofSeconds(24), Duration.ofSeconds(6), (a, b) -> restartPostgres(),
				true);
	}

	static void restartPostgres() throws IOException, InterruptedException {
		String version;
		try (var versions = Files.list(Path.of("/etc/postgresql"))) {
			version = versions.map(p -> p.getFileName().toString()).sorted().reduce((x, y) -> y).orElseThrow();
		}
		Process restart = new ProcessBuilder(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main",
				"restart", "--", "-m", "immediate"))
			.inheritIO()
			.start();
		assertThat(restart.waitFor()).as("pg_ctlcluster restart").isZero();
	}

}
