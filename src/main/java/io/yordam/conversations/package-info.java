/**
 * The chat between a customer, courier or partner and support: conversations, ordered
 * messages, image attachments, and their live delivery over STOMP.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package io.yordam.conversations;
