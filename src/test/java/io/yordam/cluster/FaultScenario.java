package io.yordam.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.yordam.support.TestDatabase;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shape of every fault test: two node processes on one schema, customers writing to
 * both for a while, a fault injected in the middle; then counting that nothing was lost
 * or doubled.
 */
final class FaultScenario {

	/**
	 * Recovery within a test's time: stuck publications are failed after 5 s and
	 * redelivered.
	 */
	static final List<String> FAST_RECOVERY = List.of("--spring.modulith.events.staleness.published=PT5S",
			"--spring.modulith.events.staleness.processing=PT5S", "--spring.modulith.events.staleness.resubmitted=PT5S",
			"--spring.modulith.events.staleness.check-interval=PT2S", "--yordam.events.redelivery.interval=PT2S",
			"--yordam.events.redelivery.min-age=PT0S");

	interface Fault {

		void inject(NodeProcess a, NodeProcess b) throws Exception;

	}

	private FaultScenario() {
	}

	/**
	 * Runs the load with the fault injected after {@code faultAfter}; {@code survivor}
	 * picks the node to read the result from.
	 */
	static void run(String name, int customers, Duration load, Duration faultAfter, Fault fault, boolean readFromB)
			throws Exception {
		String schema = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		TestDatabase.execute("create schema " + schema);
		try (NodeProcess a = NodeProcess.launch(name + "-a", schema, FAST_RECOVERY);
				NodeProcess b = NodeProcess.launch(name + "-b", schema, FAST_RECOVERY)) {
			a.awaitReady();
			b.awaitReady();
			List<String> nodes = List.of(a.base(), b.base());
			Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
			Map<String, String> customerOf = new ConcurrentHashMap<>();
			long deadline = System.nanoTime() + load.toNanos();
			List<Future<?>> running = new ArrayList<>();
			try (ExecutorService pool = Executors.newFixedThreadPool(customers)) {
				for (int i = 0; i < customers; i++) {
					int index = i;
					running.add(pool.submit(() -> {
						LoadClient.Customer customer = new LoadClient.Customer(
								"c-" + name + "-" + index + "-" + UUID.randomUUID(), nodes, index % 2);
						String conversation = customer.start();
						customerOf.put(conversation, customer.id);
						Set<String> acked = ConcurrentHashMap.newKeySet();
						acknowledged.put(conversation, acked);
						while (System.nanoTime() < deadline) {
							String clientMessageId = UUID.randomUUID().toString();
							customer.send(conversation, clientMessageId, "Buyurtmam qayerda? " + clientMessageId);
							acked.add(clientMessageId);
							TimeUnit.MILLISECONDS.sleep(1100);
						}
						return null;
					}));
				}
				TimeUnit.NANOSECONDS.sleep(faultAfter.toNanos());
				fault.inject(a, b);
				for (Future<?> customer : running) {
					customer.get(120, TimeUnit.SECONDS);
				}
			}
			String reader = readFromB ? b.base() : a.base();
			int total = 0;
			for (Map.Entry<String, Set<String>> entry : acknowledged.entrySet()) {
				List<JsonNode> stored = LoadClient.messages(reader, customerOf.get(entry.getKey()), entry.getKey());
				List<String> ids = stored.stream().map(m -> m.path("clientMessageId").asString()).toList();
				assertThat(new HashSet<>(ids)).as("no message stored twice").hasSize(ids.size());
				assertThat(ids).as("every acknowledged message is stored").containsAll(entry.getValue());
				for (int i = 0; i < stored.size(); i++) {
					assertThat(stored.get(i).path("seq").asLong()).as("sequence without gaps").isEqualTo(i + 1);
				}
				total += entry.getValue().size();
			}
			assertThat(total).as("the load actually ran").isGreaterThan(customers * 8);
			// Each conversation got exactly one ticket, and every event reached its
			// listeners, even those
			// a failed node or connection had taken and never finished.
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				assertThat(LoadClient.count(schema, "select count(*) from event_publication")).isZero();
				assertThat(LoadClient.count(schema, "select count(distinct conversation_id) from tickets"))
					.isEqualTo(acknowledged.size());
			});
			assertThat(LoadClient.count(schema, "select count(*) from tickets")).isEqualTo(acknowledged.size());
		}
		finally {
			TestDatabase.execute("drop schema if exists " + schema + " cascade");
		}
	}

}
