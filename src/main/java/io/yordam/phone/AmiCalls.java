package io.yordam.phone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewExtenEvent;

/**
 * Reads Asterisk's Manager Interface events as the CTI contract's call events. A call is
 * the caller's channel (its unique id is the call's linked id), created in one of the
 * lines' contexts: a {@code Newchannel} there rings; an agent's channel entering its
 * bridge answers it at that agent's extension (the channel's caller number, as extensions
 * are set up: {@code PJSIP/101}); the caller's {@code Hangup} ends it, or misses it if
 * nobody answered; a caller sent to the {@code VoiceMail} application left a voicemail
 * when they hang up. Event ids are made from the call and the step, so that a step seen
 * twice (after a reconnection) is taken once.
 */
final class AmiCalls {

	private record Call(String from, CtiEvent.Line line, Instant answeredAt, boolean voicemail) {
	}

	private final Map<String, Call> calls = new ConcurrentHashMap<>();

	private final PhoneProperties.Ami settings;

	private final Clock clock;

	AmiCalls(PhoneProperties.Ami settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** The CTI events one AMI event means, in order; none for most. */
	java.util.List<CtiEvent> read(ManagerEvent event) {
		return switch (event) {
			case NewChannelEvent created -> ringing(created);
			case BridgeEnterEvent bridged -> answered(bridged);
			case NewExtenEvent step -> voicemail(step);
			case HangupEvent hangup -> hungUp(hangup);
			default -> java.util.List.of();
		};
	}

	private java.util.List<CtiEvent> ringing(NewChannelEvent event) {
		String id = event.getUniqueId();
		boolean caller = event.getLinkedid() == null || id.equals(event.getLinkedid());
		Optional<CtiEvent.Line> line = lineOf(event.getContext());
		if (!caller || line.isEmpty() || event.getCallerIdNum() == null || this.calls.containsKey(id)) {
			return java.util.List.of();
		}
		this.calls.put(id, new Call(event.getCallerIdNum(), line.get(), null, false));
		return java.util.List.of(cti(id, CtiEvent.Type.RINGING, null, null));
	}

	private java.util.List<CtiEvent> answered(BridgeEnterEvent event) {
		Call call = (event.getLinkedId() != null) ? this.calls.get(event.getLinkedId()) : null;
		if (call == null || event.getUniqueId().equals(event.getLinkedId()) || call.answeredAt() != null) {
			return java.util.List.of();
		}
		this.calls.put(event.getLinkedId(), new Call(call.from(), call.line(), this.clock.instant(), false));
		return java.util.List.of(cti(event.getLinkedId(), CtiEvent.Type.ANSWERED, extensionOf(event), null));
	}

	private java.util.List<CtiEvent> voicemail(NewExtenEvent event) {
		Call call = this.calls.get(event.getUniqueId());
		if (call != null && "VoiceMail".equalsIgnoreCase(event.getApplication()) && call.answeredAt() == null) {
			this.calls.put(event.getUniqueId(), new Call(call.from(), call.line(), null, true));
		}
		return java.util.List.of();
	}

	private java.util.List<CtiEvent> hungUp(HangupEvent event) {
		String id = event.getUniqueId();
		Call call = this.calls.remove(id);
		if (call == null) {
			return java.util.List.of();
		}
		if (call.answeredAt() != null) {
			int seconds = (int) Duration.between(call.answeredAt(), this.clock.instant()).toSeconds();
			return java.util.List.of(cti(id, call, CtiEvent.Type.ENDED, null, seconds));
		}
		CtiEvent missed = cti(id, call, CtiEvent.Type.MISSED, null, null);
		return call.voicemail() ? java.util.List.of(missed, cti(id, call, CtiEvent.Type.VOICEMAIL, null, null))
				: java.util.List.of(missed);
	}

	private CtiEvent cti(String id, CtiEvent.Type type, String extension, Integer seconds) {
		return cti(id, this.calls.get(id), type, extension, seconds);
	}

	private CtiEvent cti(String id, Call call, CtiEvent.Type type, String extension, Integer seconds) {
		return new CtiEvent("ami:" + id + ":" + type.name().toLowerCase(java.util.Locale.ROOT), "ami-" + id, type,
				call.line(), call.from(), extension, this.clock.instant(), seconds, null);
	}

	private Optional<CtiEvent.Line> lineOf(String context) {
		if (context == null) {
			return Optional.empty();
		}
		if (context.equals(this.settings.couriersContext())) {
			return Optional.of(CtiEvent.Line.COURIERS);
		}
		return context.equals(this.settings.customersContext()) ? Optional.of(CtiEvent.Line.CUSTOMERS)
				: Optional.empty();
	}

	/** The agent's extension: their channel's caller number, else its device's name. */
	private static String extensionOf(BridgeEnterEvent event) {
		if (event.getCallerIdNum() != null && !event.getCallerIdNum().isBlank()) {
			return event.getCallerIdNum();
		}
		String channel = event.getChannel();
		int slash = channel.indexOf('/');
		int dash = channel.lastIndexOf('-');
		return channel.substring(slash + 1, (dash > slash) ? dash : channel.length());
	}

}
