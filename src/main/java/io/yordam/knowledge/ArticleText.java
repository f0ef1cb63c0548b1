package io.yordam.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article's body as a chat reply carries it and as every screen shows it: plain text,
 * in paragraphs separated by a blank line, a line break inside a paragraph kept. The
 * widget, the agent's suggestions and the editor's preview all read paragraphs from here,
 * so what an editor previews is what a customer and an agent see.
 */
public final class ArticleText {

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

	/**
	 * Characters a reader cannot see but a chat would carry: zero-width spaces and
	 * joiners, byte-order marks, other control characters.
	 */
	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\p{Cc}&&[^\\n\\t]]");

	private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");

	private ArticleText() {
	}

	/**
	 * The text for a chat message: line ends made one kind, invisible characters and
	 * trailing spaces gone, a tab a space, one blank line between paragraphs.
	 */
	public static String forChat(String body) {
		return String.join("\n\n", paragraphs(body));
	}

	/** The body's paragraphs, each trimmed; none for an empty body. */
	public static List<String> paragraphs(String body) {
		if (body == null) {
			return List.of();
		}
		String text = body.replace("\r\n", "\n").replace('\r', '\n');
		text = INVISIBLE.matcher(text).replaceAll("").replace('\t', ' ');
		text = TRAILING_SPACE.matcher(text + "\n").replaceAll("\n");
		return Arrays.stream(PARAGRAPH_BREAK.split(text.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

}
