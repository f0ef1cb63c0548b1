package io.yordam.phone;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.access.PlatformUser;

/**
 * One call as its events told it so far. Its transitions take events in any order a PBX
 * may send them and say whether anything changed: an answered call is not missed later,
 * and a call that ended without an answer was missed.
 */
final class PhoneCall {

	enum State {

		RINGING, ANSWERED, ENDED, MISSED, VOICEMAIL

	}

	final String callId;

	final CtiEvent.Line line;

	final String callerDigits;

	final Participant caller;

	final String callerName;

	final String callerLocale;

	State state;

	Instant ringingAt;

	Instant answeredAt;

	UUID answeredBy;

	String extension;

	Instant endedAt;

	Integer durationSeconds;

	String recordingUrl;

	UUID conversationId;

	UUID callbackConversationId;

	PhoneCall(String callId, CtiEvent.Line line, String callerDigits, Participant caller, String callerName,
			String callerLocale) {
		this.callId = callId;
		this.callerLocale = callerLocale;
		this.line = line;
		this.callerDigits = callerDigits;
		this.caller = caller;
		this.callerName = callerName;
	}

	boolean ring(Instant now) {
		if (this.state != null) {
			return false;
		}
		this.state = State.RINGING;
		this.ringingAt = now;
		return true;
	}

	boolean answer(UUID agent, String extension, Instant now) {
		if (this.state != null && this.state != State.RINGING) {
			return false;
		}
		this.state = State.ANSWERED;
		this.answeredAt = now;
		this.answeredBy = agent;
		this.extension = extension;
		return true;
	}

	/** Ended after an answer; without one it was missed (then false: see miss). */
	boolean end(Integer duration, String recording, Instant now) {
		if (this.state != State.ANSWERED) {
			return false;
		}
		this.state = State.ENDED;
		this.endedAt = now;
		this.durationSeconds = duration;
		this.recordingUrl = recording;
		return true;
	}

	boolean miss(Instant now) {
		if (this.state != null && this.state != State.RINGING) {
			return false;
		}
		this.state = State.MISSED;
		this.endedAt = now;
		return true;
	}

	/** A message left after a missed call (or instead of ringing anybody). */
	boolean voicemail(Integer duration, String recording, Instant now) {
		if (this.state == State.ANSWERED || this.state == State.ENDED || this.state == State.VOICEMAIL) {
			return false;
		}
		this.state = State.VOICEMAIL;
		this.endedAt = (this.endedAt != null) ? this.endedAt : now;
		this.durationSeconds = duration;
		this.recordingUrl = recording;
		return true;
	}

	/** The caller as the conversations know participants. */
	PlatformUser who() {
		return new PlatformUser(this.caller.id(), this.caller.role(), this.callerName, this.callerLocale);
	}

	@Override
	public String toString() {
		// The caller's number is personal data: its last digits only.
		return "PhoneCall[" + this.callId + " " + this.state + " …"
				+ this.callerDigits.substring(Math.max(0, this.callerDigits.length() - 2)) + "]";
	}

}
