package io.yordam.conversations;

/**
 * The participant writes in another of the desk's languages than their app's (the bot
 * noticed): the desk answers in {@code language} from now on.
 */
public record ParticipantLanguageChanged(ConversationId conversationId, String language) {
}
