package io.yordam.ui;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.yordam.access.Operators;
import io.yordam.access.Principals;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a person reads: their explicit choice (cookie, set by {@code ?lang=}),
 * else the signed-in operator's profile, else the browser's, else Russian. Choosing a
 * language while signed in also saves it to the operator's profile, so it follows them to
 * another machine.
 */
class OperatorLocaleResolver implements LocaleResolver {

	static final String COOKIE = "yordam-lang";

	static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("uz"),
			Locale.ENGLISH);

	private final Operators operators;

	OperatorLocaleResolver(Operators operators) {
		this.operators = operators;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale chosen = fromCookie(request);
		if (chosen != null) {
			return chosen;
		}
		var operator = Principals.operator(SecurityContextHolder.getContext().getAuthentication());
		if (operator.isPresent()) {
			return supported(operator.get().locale());
		}
		for (Locale accepted : java.util.Collections.list(request.getLocales())) {
			Locale match = supportedOrNull(accepted.getLanguage());
			if (match != null) {
				return match;
			}
		}
		return SUPPORTED.get(0);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale value = supported((locale != null) ? locale.getLanguage() : null);
		Cookie cookie = new Cookie(COOKIE, value.getLanguage());
		cookie.setPath("/");
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setHttpOnly(true);
		response.addCookie(cookie);
		request.setAttribute(COOKIE, value);
		Principals.operator(SecurityContextHolder.getContext().getAuthentication())
			.ifPresent(operator -> this.operators.changeLocale(operator.id(), value.getLanguage()));
	}

	private static Locale fromCookie(HttpServletRequest request) {
		Object set = request.getAttribute(COOKIE);
		if (set instanceof Locale locale) {
			return locale;
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					return supportedOrNull(cookie.getValue());
				}
			}
		}
		return null;
	}

	static Locale supported(String language) {
		Locale match = supportedOrNull(language);
		return (match != null) ? match : SUPPORTED.get(0);
	}

	private static Locale supportedOrNull(String language) {
		if (language == null) {
			return null;
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
	}

}
