package io.yordam.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketPriority;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The concurrency proof, on one node or two: 20 tickets with the bot, 5 agents online
 * with capacity 3, the bot hands all 20 off at once. No agent over capacity at any moment
 * seen, no ticket routed twice, 15 taken and 5 waiting; then every agent solves one at
 * once, and the 5 that waited are taken, nothing lost.
 */
final class HandOffBurst {

	static final int TICKETS = 20;

	static final int AGENTS = 5;

	static final int CAPACITY = 3;

	private final JdbcTemplate jdbc;

	private final IntFunction<Http> httpOf;

	private final IntFunction<TicketDesk> deskOf;

	HandOffBurst(JdbcTemplate jdbc, IntFunction<Http> httpOf, IntFunction<TicketDesk> deskOf) {
		this.jdbc = jdbc;
		this.httpOf = httpOf;
		this.deskOf = deskOf;
	}

	void run(Operators operators, PlatformTokens tokens) throws Exception {
		List<String> agentTokens = new ArrayList<>();
		for (int i = 0; i < AGENTS; i++) {
			OperatorId agent = operators.register("burst-" + UUID.randomUUID().toString().substring(0, 8), "Agent " + i,
					"a-long-password", OperatorRole.AGENT, "ru");
			String token = operators.issueApiToken(agent, "burst");
			agentTokens.add(token);
			Http.Response online = this.httpOf.apply(i)
				.put("/api/v1/agent/me/status", Map.of("status", "ONLINE"))
				.bearer(token)
				.send();
			assertThat(online.status()).as(online.toString()).isEqualTo(200);
		}
		List<UUID> tickets = ticketsWithTheBot(tokens);

		AtomicBoolean watching = new AtomicBoolean(true);
		AtomicInteger mostSeen = new AtomicInteger();
		Thread watcher = Thread.ofVirtual().start(() -> {
			while (watching.get()) {
				mostSeen.accumulateAndGet(mostHeld(), Math::max);
			}
		});

		List<Callable<Object>> handOffs = new ArrayList<>();
		for (int i = 0; i < TICKETS; i++) {
			TicketId id = new TicketId(tickets.get(i));
			TicketDesk desk = this.deskOf.apply(i);
			handOffs.add(() -> desk.handOff(id,
					new TicketDesk.HandOff("customer asked for a person",
							Map.of("ru", "Клиент просит оператора", "uz", "Mijoz operator so'radi", "en",
									"Asked for a person"),
							TicketCategory.GENERAL_QUESTION, TicketPriority.NORMAL, List.of(), null)));
		}
		Parallel.all(handOffs);

		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> routed() == AGENTS * CAPACITY && settled());
		assertThat(waiting()).as("the tickets nobody could take wait").isEqualTo(TICKETS - AGENTS * CAPACITY);
		assertThat(mostHeld()).isEqualTo(CAPACITY);
		assertThat(routedTwice()).as("no ticket routed twice").isZero();

		// Every agent frees a slot at the same moment: the five waiting are taken.
		List<Callable<Integer>> solves = new ArrayList<>();
		for (int i = 0; i < AGENTS; i++) {
			String token = agentTokens.get(i);
			Http http = this.httpOf.apply(i);
			solves.add(() -> solve(http, token));
		}
		assertThat(Parallel.all(solves)).containsOnly(200);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> routed() == TICKETS && settled());
		watching.set(false);
		watcher.join();
		assertThat(waiting()).as("nothing lost").isZero();
		assertThat(routedTwice()).as("no ticket routed twice").isZero();
		assertThat(mostSeen.get()).as("no agent ever held more than their capacity").isLessThanOrEqualTo(CAPACITY);
		assertThat(mostHeld()).isEqualTo(CAPACITY);
	}

	/** One of the agent's own open tickets, solved through the API. */
	private int solve(Http http, String token) {
		String mine = http.get("/api/v1/agent/tickets?mine=true&status=OPEN&size=1")
			.bearer(token)
			.send()
			.json()
			.path("items")
			.get(0)
			.path("id")
			.asString();
		return http.post("/api/v1/agent/tickets/" + mine + "/status", Map.of("status", "SOLVED"))
			.bearer(token)
			.send()
			.status();
	}

	private List<UUID> ticketsWithTheBot(PlatformTokens tokens) {
		for (int i = 0; i < TICKETS; i++) {
			String customer = tokens.issue(
					new PlatformUser("burst-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Mijoz " + i, "uz"),
					Duration.ofHours(1));
			Http.Response started = this.httpOf.apply(i)
				.post("/api/v1/conversations", Map.of("text", "Salom", "clientMessageId", UUID.randomUUID().toString()))
				.bearer(customer)
				.send();
			assertThat(started.status()).as(started.toString()).isEqualTo(201);
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("select count(*) from tickets where status = 'BOT'", Long.class),
					n -> n == TICKETS);
		return this.jdbc.queryForList("select id from tickets where status = 'BOT'", UUID.class);
	}

	private long routed() {
		return this.jdbc.queryForObject("select count(*) from ticket_audit where action = 'routed'", Long.class);
	}

	private long routedTwice() {
		return this.jdbc.queryForObject("select count(*) from (select ticket_id from ticket_audit"
				+ " where action = 'routed' group by ticket_id having count(*) > 1) twice", Long.class);
	}

	private long waiting() {
		return this.jdbc.queryForObject(
				"select count(*) from tickets where assignee_id is null and status in ('NEW', 'OPEN')", Long.class);
	}

	private int mostHeld() {
		Integer most = this.jdbc.queryForObject("select max(n) from (select count(*) n from tickets"
				+ " where assignee_id is not null and status in ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'ON_HOLD')"
				+ " group by assignee_id) loads", Integer.class);
		return (most != null) ? most : 0;
	}

	/** No event publication left to handle: every listener has run. */
	private boolean settled() {
		return this.jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Long.class) == 0;
	}

}
