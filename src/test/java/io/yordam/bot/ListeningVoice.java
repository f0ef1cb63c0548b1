package io.yordam.bot;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.yordam.conversations.MessageView;
import io.yordam.conversations.QuickReply;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A voice that only listens: what the bot said (in its real words), whom it handed to,
 * and whether it closed the ticket.
 */
final class ListeningVoice implements BotVoice {

	static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

	private static final BotTexts TEXTS = new BotTexts(messages());

	record Said(String text, List<QuickReply> replies, String messageId) {

		List<String> labels() {
			return this.replies.stream().map(QuickReply::label).toList();
		}

		List<String> ids() {
			return this.replies.stream().map(QuickReply::id).toList();
		}

	}

	final List<Said> said = new ArrayList<>();

	final List<String> handOffs = new ArrayList<>();

	/** Whether each hand-off was pressing (an apology, high priority). */
	final List<Boolean> pressing = new ArrayList<>();

	/** The languages the chat was switched to, in turn. */
	final List<String> spoken = new ArrayList<>();

	int solved;

	int reopened;

	/** The reasons the bot could not answer, in turn. */
	final List<String> unanswered = new ArrayList<>();

	@Override
	public void couldNotAnswer(BotSession session, MessageView message, String reason) {
		this.unanswered.add(reason);
	}

	@Override
	public void say(BotSession session, String text, List<QuickReply> replies, String messageId) {
		this.said.add(new Said(text, List.copyOf(replies), messageId));
	}

	@Override
	public void handOff(BotSession session, Classification understood, String reason, MessageView lastMessage,
			boolean pressing, String messageId) {
		this.handOffs.add(reason);
		this.pressing.add(pressing);
		session.handedOff(reason, TurnFixture.NOW);
	}

	@Override
	public void speaks(BotSession session) {
		this.spoken.add(session.language());
	}

	@Override
	public void solved(BotSession session) {
		this.solved++;
	}

	@Override
	public void reopened(BotSession session) {
		this.reopened++;
	}

	@Override
	public BotWording wording(String language) {
		return new BotWording(TEXTS, language, TASHKENT);
	}

	Said last() {
		return this.said.getLast();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
