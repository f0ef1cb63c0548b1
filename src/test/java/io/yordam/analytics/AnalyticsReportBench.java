package io.yordam.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics pages on a million tickets' rollups (docs/performance.md, "Analytics"):
 * fills the analytics tables with the section of bench/generate-desk.sql that writes
 * them, then asks each report page a hundred times ({@code -Dyordam.bench.rounds}) as a
 * supervisor and prints p50 and p99; the dashboard alone and with the parts it loads
 * after itself, six at a time as a browser does. The test profile reads the recurring
 * problems' baselines every time: pass {@code -Dyordam.analytics.baseline-kept=PT10M} for
 * production's default. PostgreSQL only (the section is PostgreSQL's SQL); not part of
 * the build. Run with
 * {@code mvn -Dyordam.test.db=postgres -Dyordam.bench.tickets=1000000 -Dtest=AnalyticsReportBench
 * -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
@YordamTest
class AnalyticsReportBench {

	/** Requests per page ({@code -Dyordam.bench.rounds}), after two to warm up. */
	static final int ROUNDS = Integer.getInteger("yordam.bench.rounds", 100);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Operators operators;

	@Autowired
	ReportZone zone;

	@Autowired
	RetentionRoller retentionRoller;

	@Test
	void reportPagesOnAMillionTickets() throws Exception {
		long tickets = Long.getLong("yordam.bench.tickets", 1_000_000);
		long started = System.nanoTime();
		// A kept schema (-Dyordam.test.pg.schema) is filled once.
		if (this.jdbc.queryForObject("select count(*) from analytics_tickets", Long.class) < tickets) {
			fill(tickets);
		}
		System.out.printf("analytics bench: %d tickets, %d hourly and %d daily rollup rows, filled in %d s%n", tickets,
				this.jdbc.queryForObject("select count(*) from analytics_rollups", Long.class),
				this.jdbc.queryForObject("select count(*) from analytics_daily", Long.class),
				(System.nanoTime() - started) / 1_000_000_000);
		// As the scheduled roller would by now: retention's days rolled up.
		// The fill writes contacts without the writers' marks: every day marked, as the
		// migration marks the days of the contacts before it.
		for (int day = 0; day <= Period.MAX_DAYS; day++) {
			this.jdbc.update("insert into analytics_retention_stale (local_day) values (?)",
					this.zone.dayOf(java.time.Instant.now()).minusDays(day));
		}
		long rolling = System.nanoTime();
		int rolled = this.retentionRoller.roll();
		System.out.printf("analytics bench: retention's days rolled up, %d recomputed in %d ms%n", rolled,
				(System.nanoTime() - rolling) / 1_000_000);
		Http http = new Http(this.port);
		OperatorId id = this.operators.register("bench-" + UUID.randomUUID().toString().substring(0, 8), "Bench",
				"a-long-password", OperatorRole.SUPERVISOR, "en");
		OperatorSession supervisor = OperatorSession.open(http);
		supervisor.login(
				this.jdbc.queryForObject("select username from operators where id = ?", String.class, id.value()),
				"a-long-password");
		String today = this.zone.dayOf(java.time.Instant.now()).toString();
		String weekAgo = this.zone.dayOf(java.time.Instant.now()).minusDays(6).toString();
		String tomorrow = this.zone.dayOf(java.time.Instant.now()).plusDays(1).toString();
		// A page and the parts it loads after itself (htmx), which a browser asks six at
		// a time.
		Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
		for (int days : new int[] { 1, 7, 28, 92 }) {
			String page = "/agent/analytics?days=" + days;
			String name = "dashboard, " + ((days == 1) ? "today" : days + " days");
			pages.put(name + ": the page", List.of(page));
			List<String> whole = new ArrayList<>(List.of(page, "/agent/analytics/recurring"));
			for (Dimension dim : Dimension.values()) {
				if (dim != Dimension.ALL) {
					whole.add("/agent/analytics/cut?cut=" + dim.name() + "&days=" + days);
				}
			}
			pages.put(name + ": with its parts", whole);
		}
		pages.put("dashboard, one restaurant, 28 days",
				List.of("/agent/analytics?days=28&dim=RESTAURANT&value=Restaurant%2042"));
		pages.put("part: cut of dishes, 28 days", List.of("/agent/analytics/cut?cut=DISH&days=28"));
		pages.put("part: cut of restaurants, 92 days", List.of("/agent/analytics/cut?cut=RESTAURANT&days=92"));
		pages.put("part: recurring problems", List.of("/agent/analytics/recurring"));
		pages.put("cut CSV, restaurants, 92 days", List.of("/agent/analytics.csv?table=cut&cut=RESTAURANT&days=92"));
		pages.put("recurring problems CSV", List.of("/agent/analytics.csv?table=recurring"));
		pages.put("drill-down, Tashkent contacts, 7 days",
				List.of("/agent/analytics/tickets?metric=CONTACTS&dim=CITY&value=Tashkent&from=" + weekAgo + "&to="
						+ tomorrow));
		pages.put("retention, 60 days", List.of("/agent/analytics/retention?days=60"));
		pages.put("retention, 92 days", List.of("/agent/analytics/retention?days=92"));
		pages.put("cut CSV, dishes, 28 days", List.of("/agent/analytics.csv?table=cut&cut=DISH&days=28"));
		pages.put("knowledge gaps, 28 days", List.of("/agent/analytics/knowledge-gaps?days=28"));
		assertThat(today).isNotBlank();
		// -Dyordam.bench.pages=retention,dashboard measures only the pages so named.
		List<String> only = Arrays.asList(System.getProperty("yordam.bench.pages", "").split(","));
		try (ExecutorService browser = Executors.newFixedThreadPool(6)) {
			for (Map.Entry<String, List<String>> page : pages.entrySet()) {
				if (only.stream().noneMatch(page.getKey()::contains)) {
					continue;
				}
				for (int i = 0; i < 2; i++) {
					load(supervisor, page.getValue(), browser);
				}
				long[] millis = new long[ROUNDS];
				for (int i = 0; i < ROUNDS; i++) {
					long t0 = System.nanoTime();
					load(supervisor, page.getValue(), browser);
					millis[i] = (System.nanoTime() - t0) / 1_000_000;
				}
				Arrays.sort(millis);
				System.out.printf("analytics bench: %-40s p50 %4d ms  p99 %4d ms  max %4d ms%n", page.getKey(),
						millis[ROUNDS / 2], millis[(int) Math.ceil(ROUNDS * 0.99) - 1], millis[ROUNDS - 1]);
				System.out.flush();
			}
		}
	}

	/** The page, then its parts six at a time, as a browser does. */
	private static void load(OperatorSession session, List<String> paths, ExecutorService browser) throws Exception {
		assertThat(session.get(paths.get(0)).status()).as(paths.get(0)).isEqualTo(200);
		List<Future<Integer>> parts = new ArrayList<>();
		for (String part : paths.subList(1, paths.size())) {
			parts.add(browser.submit(() -> session.get(part).status()));
		}
		for (Future<Integer> part : parts) {
			assertThat(part.get()).isEqualTo(200);
		}
	}

	private void fill(long tickets) throws Exception {
		String script = Files.readString(Path.of("bench/generate-desk.sql"));
		String section = script.substring(script.indexOf("-- analytics: begin"), script.indexOf("-- analytics: end"))
			.replace(":tickets", Long.toString(tickets));
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : section.split("\n")) {
			if (line.startsWith("--")) {
				continue;
			}
			current.append(line).append('\n');
			if (line.stripTrailing().endsWith(";")) {
				statements.add(current.toString().strip());
				current.setLength(0);
			}
		}
		// One connection: the section's temporary table and function live in its session.
		this.jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
			try (var statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql.substring(0, sql.length() - 1));
				}
				// As autovacuum keeps a live database (the retention page reads an index
				// alone).
				statement.execute("vacuum analyze");
			}
			return null;
		});
	}

}
