package io.yordam.cluster;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two node processes, customers writing to both; one node is killed (SIGKILL) mid-load.
 * Clients retry on the other node with the same client message id. Afterwards, by
 * counting: every message a customer got an answer for is stored exactly once, sequence
 * numbers have no gaps, every conversation has exactly one ticket, and no event
 * publication is left undone.
 */
@Tag("cluster")
class NodeKillTests {

	@Test
	void killingANodeUnderLoadLosesNothingAndDoublesNothing() throws Exception {
		FaultScenario.run("kill", 8, Duration.ofSeconds(22), Duration.ofSeconds(8), (a, b) -> a.kill(), true);
	}

}
