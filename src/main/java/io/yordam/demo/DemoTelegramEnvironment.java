package io.yordam.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo plays Telegram ({@link DemoTelegramServer}, the Bot API on a free local port)
 * and the Telegram channel talks to it by long polling: when the demo is on and nobody
 * configured the channel, this sets the channel's settings at the lowest precedence. With
 * {@code yordam.demo.telegram.enabled=false}, or the channel configured, it does nothing.
 */
public class DemoTelegramEnvironment implements EnvironmentPostProcessor {

	static final String SOURCE = "yordamDemoTelegram";

	static final String BOT = "TezkorSupportBot";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("yordam.demo.enabled", Boolean.class, false)
				|| !environment.getProperty("yordam.demo.telegram.enabled", Boolean.class, true)
				|| environment.containsProperty("yordam.telegram.enabled")
				|| environment.getPropertySources().contains(SOURCE)) {
			return;
		}
		int port = DemoPorts.free();
		String token = "7000000001:" + UUID.randomUUID().toString().replace("-", "");
		Map<String, Object> settings = new HashMap<>();
		settings.put("yordam.demo.telegram.port", port);
		settings.put("yordam.telegram.enabled", "true");
		settings.put("yordam.telegram.token", token);
		settings.put("yordam.telegram.api-url", "http://127.0.0.1:" + port);
		settings.put("yordam.telegram.bot-username", BOT);
		settings.put("yordam.telegram.link-secret", UUID.randomUUID().toString());
		settings.put("yordam.telegram.poll-timeout", "PT5S");
		settings.put("yordam.telegram.poll-every", "PT0.2S");
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE, settings));
	}

}
