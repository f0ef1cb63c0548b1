package io.yordam.sla;

/**
 * Where a ticket came from. Tickets carry no channel yet: every ticket is a chat until
 * one does, but a policy may already name its channel.
 */
public enum SlaChannel {

	CHAT, TELEGRAM, PHONE, EMAIL, CALLBACK, REVIEW

}
