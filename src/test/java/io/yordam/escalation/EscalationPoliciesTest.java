package io.yordam.escalation;

import java.util.List;
import java.util.Set;

import io.yordam.common.InvalidInputException;
import io.yordam.sla.SlaTarget;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketPriority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each named policy alone: what escalates, how far, and under which key. */
class EscalationPoliciesTest {

	static EscalationRule rule(EscalationTrigger trigger, SlaTarget target, Integer threshold, EscalationLevel level,
			TicketPriority priority) {
		return new EscalationRule(trigger, target, threshold, level, priority);
	}

	static final EscalationRules RULES = new EscalationRules(
			List.of(rule(EscalationTrigger.SLA_BREACH, null, null, EscalationLevel.SECOND_LINE, TicketPriority.HIGH),
					rule(EscalationTrigger.SLA_BREACH, SlaTarget.RESOLUTION, null, EscalationLevel.SUPERVISOR, null),
					rule(EscalationTrigger.REOPENED, null, 2, EscalationLevel.SECOND_LINE, TicketPriority.HIGH),
					rule(EscalationTrigger.REOPENED, null, 4, EscalationLevel.SUPERVISOR, TicketPriority.URGENT),
					rule(EscalationTrigger.VIP_WAITING, null, 10, EscalationLevel.SECOND_LINE, null),
					rule(EscalationTrigger.VIP_WAITING, null, 30, EscalationLevel.SUPERVISOR, TicketPriority.URGENT)));

	@Test
	void aBreachOfAnyTargetGoesToTheSecondLineAndOfTheResolutionToASupervisor() {
		assertThat(EscalationPolicies.onSlaBreach(RULES, SlaTarget.FIRST_RESPONSE)).isEqualTo(
				new EscalationPolicies.Escalate(EscalationTrigger.SLA_BREACH, "SLA_BREACH:FIRST_RESPONSE:SECOND_LINE",
						EscalationLevel.SECOND_LINE, TicketPriority.HIGH, "SLA first response breached"));
		EscalationPolicies.Escalate resolution = (EscalationPolicies.Escalate) EscalationPolicies.onSlaBreach(RULES,
				SlaTarget.RESOLUTION);
		assertThat(resolution.level()).isEqualTo(EscalationLevel.SUPERVISOR);
		assertThat(resolution.priority()).as("the highest priority among the matching rules")
			.isEqualTo(TicketPriority.HIGH);
		assertThat(resolution.key()).isEqualTo("SLA_BREACH:RESOLUTION:SUPERVISOR");
	}

	@Test
	void withoutARuleNothingEscalates() {
		EscalationRules none = new EscalationRules(List.of());
		assertThat(EscalationPolicies.onSlaBreach(none, SlaTarget.FIRST_RESPONSE))
			.isEqualTo(new EscalationPolicies.Stay("no-rule"));
		assertThat(EscalationPolicies.onReopen(none, 5)).isEqualTo(new EscalationPolicies.Stay("no-rule"));
		assertThat(EscalationPolicies.onAnger(none, Set.of("angry"))).isEqualTo(new EscalationPolicies.Stay("no-rule"));
	}

	@Test
	void aTicketReopenedOnceStaysTwiceGoesToTheSecondLineFourTimesToASupervisor() {
		assertThat(EscalationPolicies.onReopen(RULES, 1)).isInstanceOf(EscalationPolicies.Stay.class);
		assertThat(((EscalationPolicies.Escalate) EscalationPolicies.onReopen(RULES, 2)).level())
			.isEqualTo(EscalationLevel.SECOND_LINE);
		EscalationPolicies.Escalate four = (EscalationPolicies.Escalate) EscalationPolicies.onReopen(RULES, 4);
		assertThat(four.level()).isEqualTo(EscalationLevel.SUPERVISOR);
		assertThat(four.priority()).isEqualTo(TicketPriority.URGENT);
	}

	@Test
	void anAngryCustomerIsKnownByTheTagTheBotsHandOffLeaves() {
		assertThat(EscalationPolicies.onAnger(EscalationRules.defaults(), Set.of("bot-handoff", "urgent")))
			.isEqualTo(new EscalationPolicies.Stay("not-angry"));
		assertThat(EscalationPolicies.onAnger(EscalationRules.defaults(), Set.of("bot-handoff", "angry")))
			.isInstanceOf(EscalationPolicies.Escalate.class);
	}

	@Test
	void aVipWaitsOneTimerPerRuleAndIsEscalatedOnlyWhileNobodyAnswered() {
		assertThat(EscalationPolicies.vipWaitMinutes(RULES, Set.of("vip"))).containsExactly(10, 30);
		assertThat(EscalationPolicies.vipWaitMinutes(RULES, Set.of("angry"))).isEmpty();
		assertThat(EscalationPolicies.onVipWaited(RULES, Set.of("vip"), true, 9))
			.isEqualTo(new EscalationPolicies.Stay("no-rule"));
		assertThat(
				((EscalationPolicies.Escalate) EscalationPolicies.onVipWaited(RULES, Set.of("vip"), true, 12)).level())
			.isEqualTo(EscalationLevel.SECOND_LINE);
		assertThat(
				((EscalationPolicies.Escalate) EscalationPolicies.onVipWaited(RULES, Set.of("vip"), true, 31)).level())
			.isEqualTo(EscalationLevel.SUPERVISOR);
		assertThat(EscalationPolicies.onVipWaited(RULES, Set.of("vip"), false, 31))
			.isEqualTo(new EscalationPolicies.Stay("answered"));
	}

	@Test
	void anAgentEscalatesAboveTheFirstLineWithAReasonOf1To500Characters() {
		assertThat(EscalationPolicies.byAgent(EscalationLevel.SUPERVISOR, "  Customer threatens to sue  "))
			.isEqualTo(new EscalationPolicies.Escalate(EscalationTrigger.AGENT, "AGENT:SUPERVISOR",
					EscalationLevel.SUPERVISOR, TicketPriority.HIGH, "Customer threatens to sue"));
		assertThat(EscalationPolicies.byAgent(EscalationLevel.SECOND_LINE, "   "))
			.isEqualTo(new EscalationPolicies.Stay("reason"));
		assertThat(EscalationPolicies.byAgent(EscalationLevel.SECOND_LINE, "x".repeat(501)))
			.isEqualTo(new EscalationPolicies.Stay("reason"));
		assertThat(EscalationPolicies.byAgent(EscalationLevel.SECOND_LINE, "x".repeat(500)))
			.isInstanceOf(EscalationPolicies.Escalate.class);
		assertThat(EscalationPolicies.byAgent(EscalationLevel.FIRST_LINE, "why"))
			.isEqualTo(new EscalationPolicies.Stay("level"));
	}

	@Test
	void rulesThatCannotWorkAreRefusedNamingEachField() {
		EscalationRules bad = new EscalationRules(
				List.of(rule(EscalationTrigger.VIP_WAITING, null, -5, EscalationLevel.SUPERVISOR, null),
						rule(EscalationTrigger.REOPENED, SlaTarget.RESOLUTION, 0, EscalationLevel.FIRST_LINE, null),
						rule(EscalationTrigger.AGENT, null, null, EscalationLevel.SECOND_LINE, null)));
		assertThatThrownBy(bad::validate).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).extracting(InvalidInputException.Violation::field)
					.contains("rules[0].threshold", "rules[1].threshold", "rules[1].level", "rules[1].slaTarget",
							"rules[2].trigger"));
		EscalationRules.defaults().validate();
	}

}
