package io.yordam.orders;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static io.yordam.orders.PlatformEventBuilder.anOrderEvent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, low: the platform-events endpoint read a whole body (20 MB in the review)
 * before checking its signature. It now stops reading past the limit (256 KB by default,
 * {@code yordam.platform.max-event-size}) and answers 413.
 */
@YordamTest
@TestPropertySource(properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
class PlatformEventBodyIsCappedTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformProperties platform;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aOneMegabyteEventIsRefusedWith413BeforeItsSignatureIsChecked() {
		PlatformEventBuilder event = anOrderEvent();
		Map<String, Object> padded = event.build();
		padded.put("padding", "x".repeat(1024 * 1024));
		byte[] body = Http.toJson(padded);

		Http.Response signed = this.http.postRaw("/api/v1/platform/events", body)
			.header(PlatformSignature.HEADER, this.platform.signature().sign(body))
			.send();
		Http.Response unsigned = this.http.postRaw("/api/v1/platform/events", body).send();

		assertThat(signed.status()).as(signed.toString()).isEqualTo(413);
		assertThat(signed.header("Content-Type")).contains("application/problem+json");
		assertThat(signed.json().path("rule").asString()).isEqualTo("max-body-size");
		assertThat(signed.json().path("maxBytes").asInt()).isEqualTo(256 * 1024);
		assertThat(unsigned.status()).as("the size is checked first").isEqualTo(413);
		assertThat(this.jdbc.queryForObject("select count(*) from platform_events where id = ?", Integer.class,
				event.eventId()))
			.isZero();
	}

	@Test
	void aBodyJustUnderTheLimitIsStillTaken() {
		PlatformEventBuilder event = anOrderEvent();
		Map<String, Object> padded = event.build();
		padded.put("padding", "x".repeat(200 * 1024));
		byte[] body = Http.toJson(padded);

		Http.Response response = this.http.postRaw("/api/v1/platform/events", body)
			.header(PlatformSignature.HEADER, this.platform.signature().sign(body))
			.send();

		assertThat(response.status()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
	}

	@Test
	void theLimitIsConfigurable() {
		PlatformProperties bound = new Binder(
				new MapConfigurationPropertySource(Map.of("yordam.platform.max-event-size", "64KB")))
			.bindOrCreate("yordam.platform", PlatformProperties.class);
		assertThat(bound.maxEventSize().toBytes()).isEqualTo(64 * 1024);
	}

}
