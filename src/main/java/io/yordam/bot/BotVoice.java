package io.yordam.bot;

import java.util.List;

import io.yordam.conversations.MessageView;
import io.yordam.conversations.QuickReply;

/**
 * What the bot does outside its session: it speaks in the chat, hands the customer to a
 * person, and gives the ticket back or takes it again. An interface, so that a step of
 * the dialogue can be tried alone with a voice that only listens.
 */
interface BotVoice {

	/** A message from the bot; its id makes a retried run post nothing twice. */
	void say(BotSession session, String text, List<QuickReply> replies, String messageId);

	/**
	 * @param pressing the customer should not wait: an apology, and high priority
	 */
	void handOff(BotSession session, Classification understood, String reason, MessageView lastMessage,
			boolean pressing, String messageId);

	/** The customer writes in another language now ({@link BotSession#language()}). */
	void speaks(BotSession session);

	/** The bot closed the conversation: its ticket is solved. */
	void solved(BotSession session);

	/** The customer wrote after the bot closed it: the ticket is the bot's again. */
	void reopened(BotSession session);

	/**
	 * The bot could not answer the customer's words ({@link BotCouldNotAnswer}'s
	 * reasons): told to the analytics' knowledge gaps.
	 */
	void couldNotAnswer(BotSession session, MessageView message, String reason);

	/** The bot's words in a language. */
	BotWording wording(String language);

}
