package io.yordam.observability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules and the dashboard parse as Prometheus and Grafana read them, cover the
 * failures other desks suffer silently, and name only metrics the operators' page
 * documents ({@code MetricsEndpointTests} checks them against a live scrape).
 */
class DeployFilesTest {

	@Test
	void everyAlertRuleIsComplete() throws Exception {
		List<Map<String, Object>> rules = DeployFiles.alertRules();
		Set<String> names = new HashSet<>();
		for (Map<String, Object> rule : rules) {
			String name = String.valueOf(rule.get("alert"));
			assertThat(names.add(name)).as("alert names are unique: " + name).isTrue();
			assertThat(String.valueOf(rule.get("expr"))).as(name).isNotBlank().doesNotContain("\t");
			if (rule.containsKey("for")) {
				assertThat(String.valueOf(rule.get("for"))).as(name).matches("\\d+[smh]");
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> labels = (Map<String, Object>) rule.get("labels");
			assertThat(labels.get("severity")).as(name).isIn("warning", "critical");
			@SuppressWarnings("unchecked")
			Map<String, Object> annotations = (Map<String, Object>) rule.get("annotations");
			assertThat(annotations).as(name).containsKeys("summary", "description");
		}
		assertThat(names).contains("YordamOutboxStuck", "YordamEventRegistryGrowing", "YordamListenersFailing",
				"YordamBotStoppedAnswering", "YordamQueueWaitOverSla");
	}

	@Test
	void theFailuresOtherDesksSufferSilentlyAreWatched() throws Exception {
		Map<String, String> byName = new java.util.HashMap<>();
		DeployFiles.alertRules().forEach(rule -> byName.put((String) rule.get("alert"), (String) rule.get("expr")));
		assertThat(byName.get("YordamOutboxStuck")).contains("yordam_outbox_oldest_age_seconds");
		assertThat(byName.get("YordamEventRegistryGrowing")).contains("yordam_events_oldest_age_seconds",
				"yordam_events_incomplete");
		assertThat(byName.get("YordamBotStoppedAnswering")).contains("author_kind=\"participant\"",
				"author_kind=\"bot\"", "yordam_bot_enabled");
		assertThat(byName.get("YordamQueueWaitOverSla")).contains("yordam_queue_oldest_wait_seconds", "by (line)");
	}

	@Test
	void theDashboardIsAGrafanaDashboardOverPrometheus() throws Exception {
		JsonNode dashboard = DeployFiles.dashboard();
		assertThat(dashboard.path("uid").asString()).isEqualTo("yordam-desk");
		assertThat(dashboard.path("templating").path("list").get(0).path("query").asString()).isEqualTo("prometheus");
		Set<Integer> ids = new HashSet<>();
		int queries = 0;
		for (JsonNode panel : dashboard.path("panels")) {
			assertThat(ids.add(panel.path("id").asInt())).isTrue();
			JsonNode grid = panel.path("gridPos");
			assertThat(grid.path("x").asInt() + grid.path("w").asInt()).isLessThanOrEqualTo(24);
			if (panel.path("type").asString().equals("row")) {
				continue;
			}
			assertThat(panel.path("datasource").path("uid").asString()).isEqualTo("${datasource}");
			assertThat(panel.path("targets")).isNotEmpty();
			for (JsonNode target : panel.path("targets")) {
				assertThat(target.path("expr").asString()).isNotBlank();
				queries++;
			}
		}
		assertThat(queries).isGreaterThan(20);
	}

	/**
	 * Prometheus's own checker, where it is installed (Debian's {@code prometheus}
	 * package): the rules compile, and each alert fires on its failure and stays quiet on
	 * a healthy desk ({@code deploy/prometheus/alerts.test.yml}).
	 */
	@Test
	void prometheusAcceptsTheRulesAndTheyFireOnTheirFailures() throws Exception {
		Path promtool = Path.of("/usr/bin/promtool");
		Assumptions.assumeTrue(Files.isExecutable(promtool), "promtool is not installed");
		for (List<String> command : List.of(List.of(promtool.toString(), "check", "rules", "alerts.yml"),
				List.of(promtool.toString(), "test", "rules", "alerts.test.yml"))) {
			Process process = new ProcessBuilder(command).directory(DeployFiles.ALERTS.getParent().toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
			assertThat(output).contains("SUCCESS");
		}
	}

	@Test
	void everyMetricTheyNameIsDocumented() throws Exception {
		String page = Files.readString(Path.of("docs/observability.md"));
		Set<String> named = new HashSet<>(DeployFiles.metricNames(DeployFiles.dashboardQueries()));
		named.addAll(DeployFiles.metricNames(DeployFiles.alertQueries()));
		for (String name : named) {
			if (name.startsWith("yordam_")) {
				String family = name.replaceAll("_(bucket|count|sum|max)$", "");
				assertThat(page).as(name + " in docs/observability.md").contains("`" + family);
			}
		}
	}

}
