package io.yordam.escalation;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.routing.AgentRoster;

import org.springframework.stereotype.Component;

/**
 * Who hears which escalations live: supervisors and admins all of them; an agent with the
 * second-line skill those to the second line (only they can take them); other agents
 * none. One answer for the topic's guard and the page that subscribes.
 */
@Component("escalationAudience")
public class EscalationAudience {

	private final AgentRoster roster;

	EscalationAudience(AgentRoster roster) {
		this.roster = roster;
	}

	boolean hearsAll(OperatorPrincipal operator) {
		return StaffAction.SEE_ESCALATIONS.permits(operator.role().name());
	}

	boolean hearsSecondLine(OperatorPrincipal operator) {
		return hearsAll(operator) || this.roster.agent(operator.id()).map(a -> a.skills().secondLine()).orElse(false);
	}

	/** The topic the page subscribes to, or none. */
	public String topicFor(OperatorPrincipal operator) {
		if (hearsAll(operator)) {
			return EscalationNotices.SUPERVISORS;
		}
		return hearsSecondLine(operator) ? EscalationNotices.SECOND_LINE : "";
	}

}
