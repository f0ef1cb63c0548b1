package io.yordam.phone;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;

import io.yordam.access.OperatorId;
import io.yordam.access.Operators;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ChannelConversations;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;

/**
 * Where a call is written down. An answered call joins the caller's open ticket (of any
 * channel), else it starts a phone conversation, whose ticket goes to people; a missed
 * call or a voicemail starts a callback conversation, whose ticket has the callback's
 * SLA. Each step of the call is a line of the ticket's timeline (a system message, in the
 * caller's language like the desk's other messages to them), once per CTI event.
 */
final class CallConversations {

	private final ChannelConversations channels;

	private final Conversations conversations;

	private final OpenTickets openTickets;

	private final Operators operators;

	private final MessageSource messages;

	CallConversations(ChannelConversations channels, Conversations conversations, OpenTickets openTickets,
			Operators operators, MessageSource messages) {
		this.channels = channels;
		this.conversations = conversations;
		this.openTickets = openTickets;
		this.operators = operators;
		this.messages = messages;
	}

	void answered(PhoneCall call, String eventId) {
		call.conversationId = this.openTickets.of(call.caller)
			.map(ticket -> ticket.conversationId())
			.orElseGet(() -> this.channels
				.start(call.who(), Channel.PHONE, PhoneNumbers.display(call.callerDigits), "call:" + call.callId)
				.id()
				.value());
		String agent = Optional.ofNullable(call.answeredBy)
			.flatMap(id -> this.operators.summary(new OperatorId(id)))
			.map(summary -> summary.displayName())
			.orElse("—");
		post(call, call.conversationId, eventId, "phone.timeline.answered", PhoneNumbers.display(call.callerDigits),
				agent, call.extension);
	}

	void ended(PhoneCall call, String eventId) {
		String duration = duration(call.durationSeconds);
		if (call.recordingUrl != null) {
			post(call, call.conversationId, eventId, "phone.timeline.ended", duration, call.recordingUrl);
		}
		else {
			post(call, call.conversationId, eventId, "phone.timeline.endedUnrecorded", duration);
		}
	}

	void missed(PhoneCall call, String eventId) {
		post(call, callback(call), eventId, "phone.timeline.missed", PhoneNumbers.display(call.callerDigits));
	}

	void voicemail(PhoneCall call, String eventId) {
		post(call, callback(call), eventId, "phone.timeline.voicemail", PhoneNumbers.display(call.callerDigits),
				duration(call.durationSeconds), (call.recordingUrl != null) ? call.recordingUrl : "—");
	}

	private UUID callback(PhoneCall call) {
		call.callbackConversationId = this.channels
			.start(call.who(), Channel.CALLBACK, PhoneNumbers.display(call.callerDigits), "callback:" + call.callId)
			.id()
			.value();
		return call.callbackConversationId;
	}

	private void post(PhoneCall call, UUID conversation, String eventId, String key, Object... args) {
		String text = this.messages.getMessage(key, args, Locale.forLanguageTag(call.callerLocale));
		this.conversations.postAsSystem(new ConversationId(conversation), text, List.of(), "cti:" + eventId);
	}

	/** m:ss, as a phone shows it. */
	static String duration(Integer seconds) {
		int s = (seconds != null) ? seconds : 0;
		return "%d:%02d".formatted(s / 60, s % 60);
	}

}
