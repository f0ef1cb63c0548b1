package io.yordam.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo plays a mail server ({@link DemoMailServer}), and the email channel reads it:
 * when the demo is on and nobody configured the channel, this sets the channel's settings
 * to the demo's server on two free local ports, and the public base URL to this demo
 * ({@code http://localhost:8080} unless {@code PORT} says otherwise), at the lowest
 * precedence (any setting given wins). With {@code yordam.demo.mail.enabled=false}, or
 * the channel configured, it does nothing.
 */
public class DemoMailEnvironment implements EnvironmentPostProcessor {

	static final String SOURCE = "yordamDemoMail";

	static final String ADDRESS = "support@tezkor.demo";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("yordam.demo.enabled", Boolean.class, false)
				|| !environment.getProperty("yordam.demo.mail.enabled", Boolean.class, true)
				|| environment.containsProperty("yordam.email.enabled")
				|| environment.getPropertySources().contains(SOURCE)) {
			return;
		}
		int smtp = DemoPorts.free();
		int imap = DemoPorts.free();
		String password = UUID.randomUUID().toString();
		Map<String, Object> settings = new HashMap<>();
		settings.put("yordam.demo.mail.smtp-port", smtp);
		settings.put("yordam.demo.mail.imap-port", imap);
		settings.put("yordam.demo.mail.password", password);
		settings.put("yordam.email.enabled", "true");
		settings.put("yordam.email.address", ADDRESS);
		settings.put("yordam.email.name", "Tezkor support");
		settings.put("yordam.email.poll-every", "PT3S");
		settings.put("yordam.email.imap.host", "127.0.0.1");
		settings.put("yordam.email.imap.port", imap);
		settings.put("yordam.email.imap.ssl", "false");
		settings.put("yordam.email.imap.username", "support");
		settings.put("yordam.email.imap.password", password);
		// The survey links and the weekly report's links point at this demo.
		settings.put("yordam.public-base-url", "http://localhost:{local.server.port}");
		settings.put("spring.mail.host", "127.0.0.1");
		settings.put("spring.mail.port", smtp);
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE, settings));
	}

}
