package io.yordam.access;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's password check behind the brute-force throttle: a locked account or
 * address is refused before its password is checked, a wrong password is counted and a
 * right one ends the run. Every attempt is audited.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final AccessAudit audit;

	ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, AccessAudit audit) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = (attempt.getName() != null) ? attempt.getName() : "";
		String address = (attempt.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
		if (this.throttle.check(username, address) instanceof SignInLimits.Locked locked) {
			this.audit.record(AccessAudit.Event.SIGN_IN_REFUSED_LOCKED, username, null, address,
					"locked until " + locked.until());
			throw new SignInLocked(locked.until());
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(attempt);
		}
		catch (BadCredentialsException ex) {
			var lock = this.throttle.failed(username, address);
			this.audit.record(lock.isPresent() ? AccessAudit.Event.SIGN_IN_LOCKED : AccessAudit.Event.SIGN_IN_FAILED,
					username, null, address, lock.map(until -> "locked until " + until).orElse(null));
			if (lock.isPresent()) {
				throw new SignInLocked(lock.get());
			}
			throw ex;
		}
		this.throttle.succeeded(username, address);
		this.audit.record(AccessAudit.Event.SIGN_IN_SUCCEEDED, username,
				(result.getPrincipal() instanceof OperatorPrincipal operator) ? operator.id().value() : null, address,
				null);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Refused for now: the sign-in page says how many minutes to wait. */
	static final class SignInLocked extends LockedException {

		private final Instant until;

		SignInLocked(Instant until) {
			super("Too many failed sign-ins");
			this.until = until;
		}

	}

	/**
	 * Back to the form: {@code ?locked=<minutes>} when locked, {@code ?error} otherwise.
	 */
	record FailureRedirect(Clock clock) implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String target = "/login?error";
			if (exception instanceof SignInLocked locked) {
				long seconds = Math.max(1, Duration.between(this.clock.instant(), locked.until).toSeconds());
				target = "/login?locked=" + ((seconds + 59) / 60);
			}
			response.sendRedirect(request.getContextPath() + target);
		}

	}

}
