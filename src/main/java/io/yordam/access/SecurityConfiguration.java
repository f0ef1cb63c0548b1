package io.yordam.access;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Five doors, each with its own rules: the platform's signed webhooks (HMAC checked by
 * the endpoint), the customers' API (platform-signed JWT), the agent API (personal API
 * token or the session), the web UI (form login with CSRF), and the metrics (Prometheus's
 * scrape token or an admin's session, {@link #metricsScrape}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	static final String[] CUSTOMER_API = { "/api/v1/conversations", "/api/v1/conversations/**", "/api/v1/me/**" };

	@Bean
	@Order(1)
	SecurityFilterChain platformWebhooks(HttpSecurity http) throws Exception {
		// The platform's signed webhooks, the channels' signed doors (each adapter checks
		// its own signature), the public knowledge base (the app's FAQ), and the survey
		// page a mail links to: its signed token is the credential
		// (feedback.SurveyLinks),
		// so there is no session to ride on and no CSRF token to ask for.
		return http
			.securityMatcher("/api/v1/platform/**", "/demo/platform/**", "/api/v1/kb/**", "/api/v1/channels/**",
					"/survey/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain customerApi(HttpSecurity http, JwtDecoder platformTokenDecoder) throws Exception {
		return http.securityMatcher(CUSTOMER_API)
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole("CUSTOMER", "COURIER", "PARTNER"))
			.oauth2ResourceServer(rs -> rs.jwt(
					jwt -> jwt.decoder(platformTokenDecoder).jwtAuthenticationConverter(PlatformTokens::authentication))
				.authenticationEntryPoint(ProblemResponses.bearerUnauthorized()))
			.exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.bearerUnauthorized()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain agentApi(HttpSecurity http, Operators operators) throws Exception {
		return http.securityMatcher("/api/v1/agent/**")
			.addFilterBefore(new ApiTokenAuthenticationFilter(operators), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> {
				// An action's role is decided before its body is read (a malformed body
				// from a role that may not act is a 403, not a 400); the module checks
				// the same rule again.
				for (StaffAction action : StaffAction.values()) {
					for (StaffAction.Route route : action.apiRoutes()) {
						auth.requestMatchers(route.method(), route.pattern()).hasRole(action.least().name());
					}
				}
				auth.anyRequest().hasRole("AGENT");
			})
			// A bearer token is not sent by the browser on its own, so it needs no CSRF
			// token; a session does.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.agentUnauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain web(HttpSecurity http, Operators operators, PasswordEncoder passwords, SignInThrottle throttle,
			AccessAudit audit, Clock clock) throws Exception {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(operators);
		passwordCheck.setPasswordEncoder(passwords);
		return http.authenticationManager(new ProviderManager(new ThrottledSignIn(passwordCheck, throttle, audit)))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/", "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/widget/**",
						"/demo/**", "/ws/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
						"/actuator/health/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/agent/**")
				.hasRole("AGENT")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/agent", false)
				.failureHandler(new ThrottledSignIn.FailureRedirect(clock))
				.permitAll())
			.exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.signInPageOrUnauthorized("/login")))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// STOMP frames are authorised per destination by the realtime module; the
			// demo token endpoint is demo-only.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/demo/api/**", "/ws/**"))
			.build();
	}

	@Bean
	RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_SUPERVISOR\nROLE_SUPERVISOR > ROLE_AGENT");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	JwtDecoder platformTokenDecoder(SecurityProperties properties, Clock clock) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key(properties))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		JwtTimestampValidator timestamps = new JwtTimestampValidator();
		timestamps.setClock(clock);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new PlatformClaims(clock)));
		return decoder;
	}

	@Bean
	PlatformTokens platformTokens(SecurityProperties properties, JwtDecoder platformTokenDecoder, Clock clock) {
		return new PlatformTokens(new NimbusJwtEncoder(new ImmutableSecret<>(key(properties))), platformTokenDecoder,
				clock);
	}

	private static SecretKey key(SecurityProperties properties) {
		return new SecretKeySpec(properties.platformTokenSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * The fifth door: Prometheus scrapes the metrics with a token of its own
	 * ({@code yordam.metrics.scrape-token}); in a browser only an admin's session reads
	 * them (they name queues, backlogs and volumes). Before the web chain, so that a
	 * missing token is a 401, not a redirect to the sign-in page.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain metricsScrape(HttpSecurity http,
			@org.springframework.beans.factory.annotation.Value("${yordam.metrics.scrape-token:}") String scrapeToken)
			throws Exception {
		return http.securityMatcher(MetricsScrapeDoor.PATH, MetricsScrapeDoor.PATH + "/**")
			.addFilterBefore(new MetricsScrapeDoor(scrapeToken), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(
					auth -> auth.anyRequest().hasAnyRole(MetricsScrapeDoor.SCRAPER, OperatorRole.ADMIN.name()))
			.exceptionHandling(e -> e.authenticationEntryPoint(MetricsScrapeDoor.unauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.requestCache(cache -> cache.disable())
			.build();
	}

}
