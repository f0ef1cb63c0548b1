package io.yordam.common;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where people outside reach Yordam ({@code yordam.public-base-url}, e.g.
 * {@code https://support.example.uz}): the links a mail carries (a survey, the weekly
 * report) are made from it, never from a request's Host header, which a client chooses.
 * {@code {local.server.port}} in it is this node's port (the demo's and the tests').
 * Unset, no link can be made and what needs one is not sent.
 */
@Component
public class PublicUrls {

	static final String LOCAL_PORT = "{local.server.port}";

	private final String base;

	private final Environment environment;

	PublicUrls(@Value("${yordam.public-base-url:}") String base, Environment environment) {
		this.base = base.strip().replaceAll("/+$", "");
		this.environment = environment;
	}

	public boolean configured() {
		return !this.base.isEmpty();
	}

	/** The absolute address of a path ({@code /survey/…}); empty when unset. */
	public Optional<String> to(String path) {
		if (!configured()) {
			return Optional.empty();
		}
		String resolved = this.base.contains(LOCAL_PORT)
				? this.base.replace(LOCAL_PORT, this.environment.getProperty("local.server.port", "8080")) : this.base;
		return Optional.of(resolved + (path.startsWith("/") ? path : "/" + path));
	}

}
