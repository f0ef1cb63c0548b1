package io.yordam.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import io.yordam.common.InvalidInputException;

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

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OperatorRepository operators;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Operators(OperatorRepository operators, ApiTokenRepository tokens, PasswordEncoder passwords, Clock clock) {
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

	/** Issues a new token and returns it in clear text: the only time anybody sees it. */
	@Transactional
	public String issueApiToken(OperatorId operator, String name) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.tokens.save(new ApiToken(operator.value(), name, sha256(token), this.clock.instant()));
		return token;
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

	@Transactional
	public void changeLocale(OperatorId operator, String locale) {
		this.operators.findById(operator.value()).ifPresent(o -> o.changeLocale(locale));
	}

	@Transactional
	Optional<OperatorPrincipal> authenticateApiToken(String token) {
		if (token == null || !token.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(sha256(token)).filter(ApiToken::isUsable).flatMap(t -> {
			t.usedAt(this.clock.instant());
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
