package io.yordam.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * What a person wrote in a mail, as plain text: HTML made text through jsoup's Safelist
 * (nothing of the markup survives: no script, no link, no tracking pixel), and the quoted
 * history of earlier mails cut off, which is already in the ticket.
 */
final class MailText {

	/** "On … wrote:", "… пишет:", "… написал(а):", "… yozdi:", Outlook's header block. */
	private static final Pattern QUOTE_HEADER = Pattern
		.compile("(?i)^(on\\b.{0,200}\\bwrote:|.{0,200}\\b(пишет|написал|написала|написал\\(а\\)|yozdi|yozgan):"
				+ "|-{2,}\\s*(original message|исходное сообщение|пересылаемое сообщение)\\s*-{2,}"
				+ "|(from|от|kimdan):\\s.+@.+)\\s*$");

	private MailText() {
	}

	/** Text of an HTML part: line breaks kept, quoted blocks dropped, no markup. */
	static String fromHtml(String html) {
		Document document = Jsoup.parse(html);
		document.select("blockquote, .gmail_quote, .yahoo_quoted, #divRplyFwdMsg, style, script, head").remove();
		document.outputSettings(new Document.OutputSettings().prettyPrint(false));
		document.select("br").after("\\n");
		document.select("p, div, li, tr, h1, h2, h3, h4").before("\\n");
		String cleaned = Jsoup.clean(document.body().html(), "", Safelist.none(),
				new Document.OutputSettings().prettyPrint(false));
		return Parser.unescapeEntities(cleaned.replace("\\n", "\n"), false);
	}

	/**
	 * The new part of a reply: everything from a quote header on is dropped, as are lines
	 * quoted with {@code >} and the signature after "-- ".
	 */
	static String withoutHistory(String text) {
		String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			String withNext = (i + 1 < lines.length) ? line + " " + lines[i + 1].strip() : line;
			if (line.equals("--") || QUOTE_HEADER.matcher(line).matches()
					|| (!line.isEmpty() && QUOTE_HEADER.matcher(withNext).matches() && !withNext.equals(line))) {
				break;
			}
			if (!line.startsWith(">")) {
				kept.add(lines[i].stripTrailing());
			}
		}
		return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
	}

}
