package io.yordam.ui;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page written for one person in their language, whatever the browser says: the survey
 * page a customer opens from a mail reads in the language of their ticket. Fixed for this
 * request only; nothing is remembered (no cookie, no profile).
 */
public final class PageLanguage {

	private PageLanguage() {
	}

	/** ru, uz or en; anything else reads Russian, the desk's first language. */
	public static void fix(HttpServletRequest request, String language) {
		request.setAttribute(OperatorLocaleResolver.COOKIE, OperatorLocaleResolver.supported(language));
	}

}
