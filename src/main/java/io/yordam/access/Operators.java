package io.yordam.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers operators and issues their personal API tokens. */
@Service
public class Operators implements UserDetailsService {

	static final String TOKEN_PREFIX = "yt_";

	public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofDays(90);

	public static final Duration LONGEST_TOKEN_LIFETIME = Duration.ofDays(365);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OperatorRepository operators;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final AccessAudit audit;

	Operators(OperatorRepository operators, ApiTokenRepository tokens, PasswordEncoder passwords, Clock clock,
			AccessAudit audit) {
		this.audit = audit;
		this.operators = operators;
		this.tokens = tokens;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional
	public OperatorId register(String username, String displayName, String rawPassword, OperatorRole role,
			String locale) {
		if (this.operators.findByUsername(username).isPresent()) {
			throw new InvalidInputException("username", "unique", "An operator with this username exists");
		}
		if (rawPassword == null || rawPassword.length() < 8) {
			throw new InvalidInputException("password", "min-length", "A password has at least 8 characters");
		}
		Operator operator = new Operator(username, displayName, this.passwords.encode(rawPassword), role, locale,
				this.clock.instant());
		this.operators.save(operator);
		return new OperatorId(operator.id());
	}

	@Transactional(readOnly = true)
	public Optional<OperatorPrincipal> find(String username) {
		return this.operators.findByUsername(username).map(Operator::principal);
	}

	/** Issues a token valid for {@link #DEFAULT_TOKEN_LIFETIME}. */
	@Transactional
	public String issueApiToken(OperatorId operator, String name) {
		return issueApiToken(operator, name, DEFAULT_TOKEN_LIFETIME);
	}

	/**
	 * Issues a new token and returns it in clear text: the only time anybody sees it. A
	 * token expires: a leaked one is not a password for ever.
	 */
	@Transactional
	public String issueApiToken(OperatorId operator, String name, Duration validFor) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", "size", "A name of 1 to 100 characters");
		}
		if (validFor == null || validFor.compareTo(Duration.ofHours(1)) < 0
				|| validFor.compareTo(LONGEST_TOKEN_LIFETIME) > 0) {
			throw new InvalidInputException("validFor", "range", "From one hour to 365 days");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		ApiToken saved = this.tokens
			.save(new ApiToken(operator.value(), name.strip(), sha256(token), now, now.plus(validFor)));
		this.audit.record(AccessAudit.Event.TOKEN_CREATED, usernameOf(operator), operator.value(), null,
				"token " + saved.view(now).id() + " until " + now.plus(validFor));
		return token;
	}

	/** One's own tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiTokenView> tokensOf(OperatorId operator) {
		Instant now = this.clock.instant();
		return this.tokens.findByOperatorIdOrderByCreatedAtDesc(operator.value())
			.stream()
			.map(t -> t.view(now))
			.toList();
	}

	/**
	 * Revokes one of one's own tokens (another's is not found); again changes nothing.
	 */
	@Transactional
	public ApiTokenView revokeApiToken(OperatorId operator, UUID tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter(t -> t.operatorId().equals(operator.value()))
			.orElseThrow(() -> new NotFoundException("api token"));
		Instant now = this.clock.instant();
		if (token.view(now).status() != ApiTokenView.Status.REVOKED) {
			token.revoke(now);
			this.audit.record(AccessAudit.Event.TOKEN_REVOKED, usernameOf(operator), operator.value(), null,
					"token " + tokenId);
		}
		return token.view(now);
	}

	private String usernameOf(OperatorId operator) {
		return this.operators.findById(operator.value()).map(o -> o.principal().getUsername()).orElse("");
	}

	/** Everyone who can take tickets, by name: for assigning. */
	@Transactional(readOnly = true)
	public java.util.List<OperatorSummary> directory() {
		return this.operators.findAll(org.springframework.data.domain.Sort.by("displayName"))
			.stream()
			.map(Operator::principal)
			.filter(OperatorPrincipal::isEnabled)
			.map(p -> new OperatorSummary(p.id(), p.displayName(), p.role()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<OperatorSummary> summary(OperatorId id) {
		return this.operators.findById(id.value())
			.map(Operator::principal)
			.filter(OperatorPrincipal::isEnabled)
			.map(p -> new OperatorSummary(p.id(), p.displayName(), p.role()));
	}

	/**
	 * Operators' names by id, whether or not they may still sign in: a report names who
	 * did the work, colleagues who have left included. Unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<OperatorId, String> displayNames(java.util.Collection<OperatorId> ids) {
		java.util.Map<OperatorId, String> names = new java.util.HashMap<>();
		this.operators.findAllById(ids.stream().map(OperatorId::value).toList())
			.forEach(o -> names.put(new OperatorId(o.id()), o.principal().displayName()));
		return names;
	}

	@Transactional
	public void changeLocale(OperatorId operator, String locale) {
		this.operators.findById(operator.value()).ifPresent(o -> o.changeLocale(locale));
	}

	@Transactional
	Optional<OperatorPrincipal> authenticateApiToken(String token) {
		if (token == null || !token.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(sha256(token)).filter(t -> t.isUsable(now)).flatMap(t -> {
			t.usedAt(now);
			return this.operators.findById(t.operatorId());
		}).map(Operator::principal).filter(OperatorPrincipal::isEnabled);
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("no such operator"));
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
