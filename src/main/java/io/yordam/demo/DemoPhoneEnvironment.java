package io.yordam.demo;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo plays a PBX ({@link DemoPhonePage}), and the phone channel takes its calls:
 * when the demo is on and nobody configured the channel, this turns it on with a CTI
 * secret of this run, at the lowest precedence (any setting given wins). With
 * {@code yordam.demo.phone.enabled=false}, or the channel configured, it does nothing.
 */
public class DemoPhoneEnvironment implements EnvironmentPostProcessor {

	static final String SOURCE = "yordamDemoPhone";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("yordam.demo.enabled", Boolean.class, false)
				|| !environment.getProperty("yordam.demo.phone.enabled", Boolean.class, true)
				|| environment.containsProperty("yordam.phone.enabled")
				|| environment.getPropertySources().contains(SOURCE)) {
			return;
		}
		String secret = "demo-pbx-" + UUID.randomUUID();
		environment.getPropertySources()
			.addLast(new MapPropertySource(SOURCE, Map.of("yordam.phone.enabled", "true", "yordam.phone.cti-secret",
					secret, "yordam.demo.phone.cti-secret", secret)));
	}

}
