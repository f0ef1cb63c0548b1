package io.yordam.conversations;

/** One side of a conversation has read up to {@code seq}. */
record ReadMarked(ConversationId conversationId, String side, long seq) {
}
