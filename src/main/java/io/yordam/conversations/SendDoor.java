package io.yordam.conversations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Customer sends meet {@link SendAdmission} here, before Spring Security and before their
 * body is read: a shed send costs no token check, no parsing and no exception (issue 14:
 * in a storm the 429s were a tenth of the server's CPU when answered by the controller).
 * An admitted send holds its permit until its response is done, whatever it turns out to
 * be (stored, 400, 401, 404). The 429 is an RFC 9457 problem in the customer's language,
 * read from the token's {@code locale} claim without verifying it: it only picks the
 * words of a refusal, and nothing else of the token is trusted or echoed.
 */
@Component
@Order(SendDoor.ORDER)
class SendDoor extends OncePerRequestFilter {

	/** Before Spring Security's filter chain (-100) and after the log context. */
	static final int ORDER = -110;

	static final String RULE = "overloaded";

	private static final Pattern SENDS = Pattern
		.compile("/api/v1/conversations(/[0-9a-fA-F-]{1,36}/(messages|images))?/?");

	private static final Pattern LOCALE = Pattern.compile("\"locale\"\\s*:\\s*\"([A-Za-z-]{2,12})\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SendAdmission admission;

	private final MessageSource messages;

	SendDoor(SendAdmission admission, MessageSource messages) {
		this.admission = admission;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !SENDS.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SendAdmission.Permit permit;
		try {
			permit = this.admission.enter();
		}
		catch (SendAdmission.Shed shed) {
			refuse(request, response, shed);
			return;
		}
		try (permit) {
			chain.doFilter(request, response);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, SendAdmission.Shed shed)
			throws IOException {
		Locale locale = tokenLocale(request).orElse(request.getLocale());
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(shed.retryAfterSeconds()));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write(JSON.writeValueAsString(Map.of("type", "https://yordam.io/problems/" + RULE, "title",
					this.messages.getMessage("chat.overloaded.title", null, locale), "status", 429, "detail",
					this.messages.getMessage("chat.overloaded.detail", null, locale), "rule", RULE, "retryAfterSeconds",
					shed.retryAfterSeconds())));
	}

	private static Optional<Locale> tokenLocale(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return Optional.empty();
		}
		String[] parts = authorization.substring(7).split("\\.", 4);
		if (parts.length != 3 || parts[1].length() > 4096) {
			return Optional.empty();
		}
		try {
			Matcher matcher = LOCALE
				.matcher(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
			return matcher.find() ? Optional.of(Locale.forLanguageTag(matcher.group(1))) : Optional.empty();
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

}
