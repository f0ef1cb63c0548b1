package io.yordam.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The APIs' 401 and 403 as RFC 9457 problem details, like every other error they give.
 * The texts are fixed: nothing of the request is echoed.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	/** 401 for a missing or invalid bearer token, with its WWW-Authenticate header. */
	static AuthenticationEntryPoint bearerUnauthorized() {
		BearerTokenAuthenticationEntryPoint headers = new BearerTokenAuthenticationEntryPoint();
		return (request, response, ex) -> {
			headers.commence(request, response, ex);
			write(response, 401, "unauthorized", "Unauthorized",
					"A valid platform token is required (Authorization: Bearer ...)");
		};
	}

	/** 401 for the agent API: a personal API token or a signed-in session. */
	static AuthenticationEntryPoint agentUnauthorized() {
		return (request, response, ex) -> write(response, 401, "unauthorized", "Unauthorized",
				"Sign in, or send a personal API token (Authorization: Bearer yt_...)");
	}

	/** 403: a role that may not act, or a session's change without its CSRF token. */
	static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> {
			if (ex instanceof CsrfException) {
				write(response, 403, "csrf", "Refused by rule csrf", "A change in a session needs its CSRF token");
			}
			else {
				write(response, 403, "role", "Refused by rule role", "Your role may not do this");
			}
		};
	}

	static void write(HttpServletResponse response, int status, String rule, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"https://yordam.io/problems/" + rule + "\",\"title\":\"" + title + "\",\"status\":"
					+ status + ",\"detail\":\"" + detail + "\",\"rule\":\"" + rule + "\"}");
	}

	/**
	 * The workspace's sign-in for a page, and a 401 for a script's call (JSON asked for,
	 * or a bearer token, which the workspace does not take): a redirect to the sign-in
	 * page would hand a script an HTML page it cannot read.
	 */
	static AuthenticationEntryPoint signInPageOrUnauthorized(String loginPage) {
		AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint(loginPage);
		return (request, response, ex) -> {
			String accept = request.getHeader("Accept");
			boolean script = request.getHeader("Authorization") != null
					|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
			if (script) {
				write(response, 401, "unauthorized", "Unauthorized", "Sign in to the workspace");
			}
			else {
				page.commence(request, response, ex);
			}
		};
	}

}
