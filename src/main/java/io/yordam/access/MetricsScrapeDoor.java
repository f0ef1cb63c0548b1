package io.yordam.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics' door for Prometheus:
 * {@code Authorization: Bearer <yordam.metrics.scrape-token>} makes the request the
 * scraper's, compared in constant time (by digests of equal length, so not even the
 * token's length leaks). A bearer token that is not it is refused outright; without one,
 * the request goes on to the session, where only an admin may read the metrics. With no
 * scrape token configured there is no scraper at all.
 */
class MetricsScrapeDoor extends OncePerRequestFilter {

	static final String PATH = "/actuator/prometheus";

	static final String SCRAPER = "METRICS_SCRAPER";

	private final byte[] expected;

	MetricsScrapeDoor(String scrapeToken) {
		this.expected = (scrapeToken == null || scrapeToken.isBlank()) ? null : digest(scrapeToken.strip());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		if (this.expected == null || !MessageDigest.isEqual(this.expected, digest(header.substring(7).strip()))) {
			unauthorized().commence(request, response, null);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + SCRAPER))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** 401 for a missing or wrong scrape token, when no admin is signed in either. */
	static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
			ProblemResponses.write(response, 401, "unauthorized", "Unauthorized",
					"Send the metrics scrape token (Authorization: Bearer ...), or sign in as an admin");
		};
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
