package io.yordam.observability;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.yordam.common.LogContext;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the conversation or ticket a request is about into the log context, before the
 * security filters, so that every line logged while handling it carries the id: the
 * customers' conversation API, the agent API's and the workspace's ticket paths. Only a
 * well-formed UUID is taken from the path; nothing else of the request reaches the logs.
 * The platform's events name their order in the body: their controller adds it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LogContextFilter extends OncePerRequestFilter {

	private static final String UUID = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:/.*)?";

	private static final Pattern CONVERSATION = Pattern.compile("/api/v1/(?:agent/)?conversations/" + UUID);

	private static final Pattern TICKET = Pattern.compile("(?:/api/v1)?/agent/tickets/" + UUID);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		try (LogContext.Scope conversation = LogContext.with(LogContext.CONVERSATION, id(CONVERSATION, path));
				LogContext.Scope ticket = LogContext.with(LogContext.TICKET, id(TICKET, path))) {
			chain.doFilter(request, response);
		}
	}

	private static String id(Pattern pattern, String path) {
		Matcher matcher = pattern.matcher(path);
		return matcher.matches() ? matcher.group(1) : null;
	}

}
