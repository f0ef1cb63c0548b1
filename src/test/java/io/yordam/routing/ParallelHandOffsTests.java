package io.yordam.routing;

import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import io.yordam.tickets.TicketDesk;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * 20 hand-offs at once to 5 agents with capacity 3, on one node with parallel threads
 * (the two-node run is {@code ClusterRoutingTests}). With the bot on, so that the tickets
 * start with it and the hand-off is the bot's own verb.
 */
@YordamTest
@TestPropertySource(properties = { "yordam.bot.enabled=true", "yordam.routing.test-context=burst" })
class ParallelHandOffsTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	TicketDesk desk;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noAgentOverCapacityNoTicketTwiceNothingLost() throws Exception {
		Http http = new Http(this.port);
		new HandOffBurst(this.jdbc, i -> http, i -> this.desk).run(this.operators, this.tokens);
	}

}
