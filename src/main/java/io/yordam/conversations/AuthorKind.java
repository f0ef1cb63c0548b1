package io.yordam.conversations;

/**
 * Who wrote a message: the customer (courier, partner), an operator, the bot, or the
 * system.
 */
public enum AuthorKind {

	PARTICIPANT, AGENT, BOT, SYSTEM

}
