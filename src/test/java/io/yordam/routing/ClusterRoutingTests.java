package io.yordam.routing;

import java.util.UUID;

import io.yordam.YordamApplication;
import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.support.Http;
import io.yordam.support.RequiredServices;
import io.yordam.support.TestDatabase;
import io.yordam.tickets.TicketDesk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The burst across two application nodes on one PostgreSQL schema: the hand-offs
 * alternate between the nodes, each node's listeners route what its own hand-offs
 * published, and both race for the same agents' last slots. Only the agent's row lock
 * keeps them apart.
 */
@Tag("cluster")
class ClusterRoutingTests {

	static final String SCHEMA = "routing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startNodes() {
		RequiredServices.postgres();
		TestDatabase.execute("create schema " + SCHEMA);
		nodeA = node();
		nodeB = node();
	}

	@AfterAll
	static void stopNodes() {
		if (nodeA != null) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
		TestDatabase.execute("drop schema if exists " + SCHEMA + " cascade");
	}

	static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(YordamApplication.class).profiles("test")
			.run("--server.port=0", "--yordam.test.own-datasource=true",
					"--spring.datasource.url=" + TestDatabase.POSTGRES_URL + "?currentSchema=" + SCHEMA,
					"--spring.datasource.username=" + TestDatabase.POSTGRES_USER, "--spring.datasource.password=",
					"--spring.flyway.schemas=" + SCHEMA, "--yordam.demo.enabled=false", "--yordam.bot.enabled=true");
	}

	static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Test
	void twentyHandOffsAcrossTwoNodesNoAgentOverCapacityNoTicketTwiceNothingLost() throws Exception {
		Http a = new Http(port(nodeA));
		Http b = new Http(port(nodeB));
		TicketDesk deskA = nodeA.getBean(TicketDesk.class);
		TicketDesk deskB = nodeB.getBean(TicketDesk.class);
		new HandOffBurst(nodeA.getBean(JdbcTemplate.class), i -> (i % 2 == 0) ? a : b,
				i -> (i % 2 == 0) ? deskA : deskB)
			.run(nodeA.getBean(Operators.class), nodeB.getBean(PlatformTokens.class));
	}

}
