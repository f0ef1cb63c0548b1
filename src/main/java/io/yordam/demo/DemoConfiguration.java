package io.yordam.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;

import tools.jackson.databind.ObjectMapper;

import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.orders.PlatformProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.client.RestClient;

/**
 * The demo platform, on when {@code yordam.demo.enabled=true} (the default; production
 * turns it off). {@code yordam.demo.simulator.enabled=false} keeps the demo's data and
 * endpoints but stops the background traffic, for tests; {@code yordam.demo.tick} sets
 * how often the simulator moves (default 3s).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("yordam.demo.enabled")
@EnableScheduling
class DemoConfiguration {

	/** The demo world is the same on every start. */
	static final long SEED = 42;

	@Bean
	DemoWorld demoWorld() {
		return DemoWorld.generate(SEED);
	}

	@Bean
	OrderLifecycle demoOrderLifecycle(DemoWorld world, Clock clock) {
		return new OrderLifecycle(world, new Random(), clock);
	}

	/** The demo's mail server, when {@link DemoMailEnvironment} chose its ports. */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("yordam.demo.mail.imap-port")
	DemoMailServer demoMailServer(
			@org.springframework.beans.factory.annotation.Value("${yordam.demo.mail.smtp-port}") int smtp,
			@org.springframework.beans.factory.annotation.Value("${yordam.demo.mail.imap-port}") int imap,
			@org.springframework.beans.factory.annotation.Value("${yordam.demo.mail.password}") String password,
			Clock clock) {
		return new DemoMailServer(smtp, imap, password, clock);
	}

	/**
	 * Telegram's Bot API, played, when {@link DemoTelegramEnvironment} chose its port.
	 */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("yordam.demo.telegram.port")
	DemoTelegramServer demoTelegramServer(
			@org.springframework.beans.factory.annotation.Value("${yordam.demo.telegram.port}") int port,
			@org.springframework.beans.factory.annotation.Value("${yordam.telegram.token}") String token, Clock clock) {
		return new DemoTelegramServer(port, token, clock);
	}

	@Bean
	DemoOutbox demoOutbox() {
		return new DemoOutbox();
	}

	@Bean
	YordamClient demoYordamClient(ObjectProvider<RestClient.Builder> builders, ObjectMapper mapper,
			PlatformProperties platform, PlatformTokens tokens, Clock clock) {
		// Calls go to this very server: short timeouts keep a stuck call from holding up
		// the simulator.
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(Duration.ofSeconds(5));
		requests.setReadTimeout(Duration.ofSeconds(15));
		RestClient http = builders.getIfAvailable(RestClient::builder).requestFactory(requests).build();
		return new YordamClient(http, mapper, platform.signature(clock), tokens);
	}

	@Bean
	DemoOrderBook demoOrderBook(OrderLifecycle lifecycle, YordamClient yordam, DemoOutbox outbox, Clock clock) {
		return new DemoOrderBook(lifecycle, yordam, outbox, clock);
	}

	@Bean
	CustomerVoice demoCustomerVoice(DemoOrderBook book, YordamClient yordam, DemoOutbox outbox) {
		return new CustomerVoice(book, yordam, outbox);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "yordam.demo.simulator.enabled", matchIfMissing = true)
	DemoPlatform demoPlatform(DemoWorld world, DemoOrderBook book, OrderLifecycle lifecycle, CustomerVoice voice,
			Clock clock) {
		return new DemoPlatform(world, book, lifecycle, voice, clock);
	}

	@Bean
	PlatformActions demoPlatformActions(DemoOrderBook book, OrderLifecycle lifecycle, Clock clock) {
		return new PlatformActions(book, lifecycle, clock);
	}

	@Bean
	DemoOperators demoOperators(Operators operators, io.yordam.access.Staff staff, YordamClient yordam) {
		return new DemoOperators(operators, staff, yordam);
	}

}
