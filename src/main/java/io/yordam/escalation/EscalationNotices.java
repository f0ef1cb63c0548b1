package io.yordam.escalation;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.yordam.access.Principals;
import io.yordam.common.EventExecution;
import io.yordam.realtime.TopicGuard;
import io.yordam.tickets.EscalationLevel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the staff of an escalation, live: {@code /topic/escalations.supervisors} (every
 * escalation, for supervisors and admins) and {@code /topic/escalations.second-line}
 * (those to the second line, for supervisors and the agents with the second-line skill:
 * {@link EscalationAudience}). Nobody but staff may subscribe. Email to the on-duty
 * supervisor goes through {@link OnDutySupervisorMail} once a module implements it.
 */
@Component
class EscalationNotices implements TopicGuard {

	static final String SUPERVISORS = "/topic/escalations.supervisors";

	static final String SECOND_LINE = "/topic/escalations.second-line";

	private final SimpMessagingTemplate broker;

	private final ObjectProvider<OnDutySupervisorMail> mail;

	private final EscalationAudience audience;

	EscalationNotices(SimpMessagingTemplate broker, ObjectProvider<OnDutySupervisorMail> mail,
			EscalationAudience audience) {
		this.broker = broker;
		this.mail = mail;
		this.audience = audience;
	}

	@Async(EventExecution.LIVE)
	@TransactionalEventListener
	void on(TicketEscalated event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", "escalation");
		payload.put("ticketId", event.ticketId().toString());
		payload.put("number", event.number());
		payload.put("level", event.level().name());
		payload.put("trigger", event.trigger().name());
		payload.put("reason", event.reason());
		payload.put("by", event.by());
		this.broker.convertAndSend(SUPERVISORS, (Object) payload);
		if (event.level() == EscalationLevel.SECOND_LINE) {
			this.broker.convertAndSend(SECOND_LINE, (Object) payload);
		}
		else {
			this.mail.ifAvailable(m -> m.escalated(event));
		}
	}

	@Override
	public boolean claims(String destination) {
		return destination.equals(SUPERVISORS) || destination.equals(SECOND_LINE);
	}

	@Override
	public boolean maySubscribe(Principal user, String destination) {
		return Principals.operator(user)
			.filter(operator -> destination.equals(SECOND_LINE) ? this.audience.hearsSecondLine(operator)
					: this.audience.hearsAll(operator))
			.isPresent();
	}

}
