package io.yordam.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operators' files in {@code deploy/}: Prometheus's alert rules and the Grafana
 * dashboard, parsed as Prometheus and Grafana parse them, and the metric names their
 * queries name.
 */
final class DeployFiles {

	static final Path ALERTS = Path.of("deploy/prometheus/alerts.yml");

	static final Path DASHBOARD = Path.of("deploy/grafana/yordam-desk.json");

	/**
	 * A metric name in PromQL, by the prefixes of the families the app exports (the
	 * desk's own, the JVM's, the process's, the pools', the HTTP server's, the
	 * executors').
	 */
	private static final Pattern NAME = Pattern.compile(
			"\\b((?:yordam|jvm|process|system|hikaricp|http_server|executor|tomcat|logback|dbscheduler)_[a-z0-9_]+)\\b");

	private DeployFiles() {
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> alertRules() throws IOException {
		Map<String, Object> file = new Yaml().load(Files.readString(ALERTS));
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
			rules.addAll((List<Map<String, Object>>) group.get("rules"));
		}
		return rules;
	}

	static JsonNode dashboard() throws IOException {
		return JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
	}

	/** Every query of the dashboard's panels. */
	static List<String> dashboardQueries() throws IOException {
		List<String> queries = new ArrayList<>();
		for (JsonNode panel : dashboard().path("panels")) {
			for (JsonNode target : panel.path("targets")) {
				queries.add(target.path("expr").asString());
			}
		}
		return queries;
	}

	static List<String> alertQueries() throws IOException {
		return alertRules().stream().map(rule -> String.valueOf(rule.get("expr"))).toList();
	}

	/** The metric names the queries read. */
	static Set<String> metricNames(List<String> queries) {
		Set<String> names = new TreeSet<>();
		for (String query : queries) {
			// Label values and matchers are not names.
			Matcher matcher = NAME.matcher(query.replaceAll("\\{[^}]*\\}", "{}"));
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

}
