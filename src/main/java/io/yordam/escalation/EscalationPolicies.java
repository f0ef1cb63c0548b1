package io.yordam.escalation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.yordam.sla.SlaTarget;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketPriority;

/**
 * Whether a trigger escalates a ticket, and how far: one named function per trigger, each
 * returning an {@link Escalate} or a {@link Stay} with the reason. When several rules
 * match, the highest level and the highest priority among them win. The key names the
 * trigger and the level: it is what makes the same trigger escalate a ticket once.
 */
final class EscalationPolicies {

	/** The tag the bot's hand-off leaves on an angry customer's ticket (bot.HandOffs). */
	static final String ANGRY_TAG = "angry";

	/** The tag the bot's hand-off leaves on a VIP's ticket (bot.BotLimits, HandOffs). */
	static final String VIP_TAG = "vip";

	static final int MAX_REASON = 500;

	sealed interface Decision permits Escalate, Stay {

	}

	record Escalate(EscalationTrigger trigger, String key, EscalationLevel level, TicketPriority priority,
			String reason) implements Decision {
	}

	record Stay(String why) implements Decision {
	}

	static Decision onSlaBreach(EscalationRules rules, SlaTarget target) {
		return strongest(EscalationTrigger.SLA_BREACH, target.name(),
				rules.of(EscalationTrigger.SLA_BREACH)
					.stream()
					.filter(r -> r.slaTarget() == null || r.slaTarget() == target)
					.toList(),
				"SLA " + target.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " breached");
	}

	static Decision onReopen(EscalationRules rules, int reopenCount) {
		return strongest(EscalationTrigger.REOPENED, null,
				rules.of(EscalationTrigger.REOPENED).stream().filter(r -> reopenCount >= r.threshold()).toList(),
				"reopened " + reopenCount + " times");
	}

	static Decision onAnger(EscalationRules rules, Set<String> tags) {
		if (!tags.contains(ANGRY_TAG)) {
			return new Stay("not-angry");
		}
		return strongest(EscalationTrigger.ANGRY_CUSTOMER, null, rules.of(EscalationTrigger.ANGRY_CUSTOMER),
				"angry customer");
	}

	/**
	 * After how many minutes of a VIP's waiting the timer should look: one per VIP rule;
	 * none when the ticket is not a VIP's or no rule is set.
	 */
	static List<Integer> vipWaitMinutes(EscalationRules rules, Set<String> tags) {
		if (!tags.contains(VIP_TAG)) {
			return List.of();
		}
		return rules.of(EscalationTrigger.VIP_WAITING)
			.stream()
			.map(EscalationRule::threshold)
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * The VIP timer is due: escalates by each rule whose minutes have passed, while the
	 * VIP still waits for a person's first answer.
	 */
	static Decision onVipWaited(EscalationRules rules, Set<String> tags, boolean stillWaiting, long waitedMinutes) {
		if (!tags.contains(VIP_TAG)) {
			return new Stay("not-vip");
		}
		if (!stillWaiting) {
			return new Stay("answered");
		}
		return strongest(EscalationTrigger.VIP_WAITING, null,
				rules.of(EscalationTrigger.VIP_WAITING).stream().filter(r -> waitedMinutes >= r.threshold()).toList(),
				"VIP waiting " + waitedMinutes + " min");
	}

	/**
	 * An agent asks for help: any level above the first line, with a reason of 1 to 500
	 * characters; the priority is at least high.
	 */
	static Decision byAgent(EscalationLevel level, String reason) {
		String text = (reason == null) ? "" : reason.strip();
		if (text.isEmpty() || text.length() > MAX_REASON) {
			return new Stay("reason");
		}
		if (level == null || level == EscalationLevel.FIRST_LINE) {
			return new Stay("level");
		}
		return new Escalate(EscalationTrigger.AGENT, EscalationTrigger.AGENT + ":" + level, level, TicketPriority.HIGH,
				text);
	}

	private static Decision strongest(EscalationTrigger trigger, String qualifier, List<EscalationRule> matching,
			String reason) {
		if (matching.isEmpty()) {
			return new Stay("no-rule");
		}
		EscalationLevel level = matching.stream()
			.map(EscalationRule::level)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		TicketPriority priority = matching.stream()
			.map(EscalationRule::priority)
			.filter(p -> p != null)
			.max(Comparator.naturalOrder())
			.orElse(null);
		String key = trigger + ((qualifier != null) ? ":" + qualifier : "") + ":" + level;
		return new Escalate(trigger, key, level, priority, reason);
	}

	private EscalationPolicies() {
	}

}
