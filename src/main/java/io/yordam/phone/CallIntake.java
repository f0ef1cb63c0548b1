package io.yordam.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import io.yordam.access.OperatorId;
import io.yordam.orders.PhoneDigits;

/**
 * Takes one CTI event, once per event id, in one transaction: the event's record, the
 * call, the conversation it joins and the timeline's line together, or nothing. The
 * call's row is locked while its event is applied, so that two events of one call take
 * turns.
 */
class CallIntake {

	private static final Logger log = LoggerFactory.getLogger(CallIntake.class);

	enum Outcome {

		TAKEN, DUPLICATE

	}

	private final PhoneCalls calls;

	private final Callers callers;

	private final Extensions extensions;

	private final CallConversations conversations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CallIntake(PhoneCalls calls, Callers callers, Extensions extensions, CallConversations conversations,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.calls = calls;
		this.callers = callers;
		this.extensions = extensions;
		this.conversations = conversations;
		this.events = events;
	}

	@Transactional
	Outcome take(CtiEvent event) {
		if (this.calls.known(event.eventId())) {
			log.info("CTI event {} of call {} came again: already taken, nothing changes", event.eventId(),
					event.callId());
			return Outcome.DUPLICATE;
		}
		this.calls.record(event);
		PhoneCall call = this.calls.lock(event.callId()).orElseGet(() -> start(event));
		// The desk's time, not the PBX's: the answer is the first response as the desk
		// saw it.
		Instant now = this.clock.instant();
		switch (event.type()) {
			case RINGING -> {
				if (call.ring(now)) {
					this.events.publishEvent(new CallRang(call.callId, extension(event).orElse(null)));
				}
			}
			case ANSWERED -> {
				Optional<OperatorId> agent = extension(event);
				if (agent.isEmpty()) {
					log.warn("Call {} was answered at extension {}, which is nobody's: its ticket waits in the queue",
							call.callId, event.extension());
				}
				if (call.answer(agent.map(OperatorId::value).orElse(null), event.extension(), now)) {
					this.conversations.answered(call, event.eventId());
					this.events.publishEvent(new CallAnswered(call.callId, call.conversationId, call.answeredBy));
				}
			}
			case ENDED -> {
				if (call.end(event.durationSeconds(), event.recordingUrl(), now)) {
					this.conversations.ended(call, event.eventId());
					this.events.publishEvent(new CallClosed(call.callId));
				}
				else if (call.miss(now)) {
					missed(call, event);
				}
			}
			case MISSED -> {
				if (call.miss(now)) {
					missed(call, event);
				}
			}
			case VOICEMAIL -> {
				if (call.voicemail(event.durationSeconds(), event.recordingUrl(), now)) {
					this.conversations.voicemail(call, event.eventId());
					this.events.publishEvent(new CallClosed(call.callId));
				}
			}
		}
		this.calls.update(call);
		return Outcome.TAKEN;
	}

	private void missed(PhoneCall call, CtiEvent event) {
		this.conversations.missed(call, event.eventId());
		this.events.publishEvent(new CallClosed(call.callId));
	}

	private PhoneCall start(CtiEvent event) {
		String digits = PhoneDigits.of(event.from())
			.orElseThrow(() -> new io.yordam.common.InvalidInputException("from", "phone", "Not a phone number"));
		Caller caller = this.callers.identify(digits, event.line());
		PhoneCall call = new PhoneCall(event.callId(), event.line(), digits, caller.who().participant(),
				caller.who().name(), caller.who().locale());
		this.calls.insert(call);
		return call;
	}

	private Optional<OperatorId> extension(CtiEvent event) {
		return Optional.ofNullable(event.extension()).flatMap(this.extensions::operatorAt);
	}

	/**
	 * A call began ringing; {@code extension}'s agent, if the PBX said whose phone rings.
	 */
	record CallRang(String callId, OperatorId ringsAt) {
	}

	/** A call was answered; the ticket of its conversation is the answering agent's. */
	record CallAnswered(String callId, UUID conversationId, UUID agent) {
	}

	/** A call is over (ended, missed or left a voicemail): its pop-ups close. */
	record CallClosed(String callId) {
	}

}
