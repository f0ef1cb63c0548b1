package io.yordam.macros;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import org.springframework.stereotype.Service;

/**
 * Macros in a reply: the text for a ticket (in its customer's language, variables filled
 * live), and a use recorded once per reply: counted, its standard step marked done on the
 * ticket, its actions carried out through the ticket desk.
 */
@Service
public class MacroReplies {

	private static final Pattern USE_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,80}");

	private final Macros macros;

	private final TicketDesk desk;

	private final TicketValues values;

	private final MacroUseRecords records;

	private final Clock clock;

	MacroReplies(Macros macros, TicketDesk desk, TicketValues values, MacroUseRecords records, Clock clock) {
		this.macros = macros;
		this.desk = desk;
		this.values = values;
		this.records = records;
		this.clock = clock;
	}

	/** The macro's text for this ticket, with what could not be filled left in it. */
	public Preview preview(TicketId ticketId, UUID macroId, OperatorPrincipal agent) {
		return preview(this.desk.get(ticketId), this.macros.get(macroId, agent), agent);
	}

	/** The one-key standard step (greeting, closing…) for this ticket. */
	public Preview previewStandard(TicketId ticketId, StandardStep step, OperatorPrincipal agent) {
		MacroView macro = this.macros.standard(step, agent).orElseThrow(() -> new NotFoundException("macro"));
		return preview(this.desk.get(ticketId), macro, agent);
	}

	private Preview preview(TicketSummary ticket, MacroView macro, OperatorPrincipal agent) {
		String language = MacroLanguage.choose(ticket.language());
		MacroTemplate.Filled filled = MacroTemplate.fill(macro.body(language), this.values.of(ticket, agent, language));
		return new Preview(macro.id(), macro.title(agent.locale()), language, filled.text(),
				filled.missing().stream().map(MacroVariable::key).toList(), macro.step(), macro.actions());
	}

	/**
	 * Records that the macro went into a reply on the ticket. The use key names the reply
	 * (its client message id): the same key again, even racing, counts nothing and
	 * repeats no action.
	 */
	public Use use(TicketId ticketId, UUID macroId, String useKey, OperatorPrincipal agent) {
		if (useKey == null || !USE_KEY.matcher(useKey).matches()) {
			throw new InvalidInputException("useKey", "use-key", "8 to 80 letters, digits, dots, dashes or colons");
		}
		TicketSummary ticket = this.desk.get(ticketId);
		MacroView macro = this.macros.get(macroId, agent);
		Instant now = this.clock.instant();
		boolean counted = this.records.record(macro.id(), macro.step(), useKey, ticket.id().value(), agent, now);
		List<String> refused = counted ? act(ticket.id(), macro.actions(), agent) : List.of();
		return new Use(counted, this.records.count(macro.id()), macro.step(), refused);
	}

	public List<StepDone> steps(TicketId ticketId) {
		this.desk.get(ticketId);
		return this.records.steps(ticketId.value());
	}

	/**
	 * Each action on its own: the desk's rules (a fault to record before solving, a
	 * closed ticket) may refuse one; the reply is sent already, so the others still
	 * happen and the refusal is reported.
	 */
	private List<String> act(TicketId ticket, MacroActions actions, OperatorPrincipal agent) {
		List<String> refused = new ArrayList<>();
		if (actions.tag() != null) {
			attempt(refused, "tag", () -> this.desk.tag(ticket, agent, actions.tag(), true));
		}
		if (actions.priority() != null) {
			attempt(refused, "priority",
					() -> this.desk.prioritize(ticket, agent, TicketPriority.valueOf(actions.priority())));
		}
		if (actions.status() != null) {
			attempt(refused, "status",
					() -> this.desk.changeStatus(ticket, agent, TicketStatus.valueOf(actions.status())));
		}
		return refused;
	}

	private static void attempt(List<String> refused, String action, Runnable step) {
		try {
			step.run();
		}
		catch (RuleViolationException | InvalidInputException ex) {
			refused.add(action + ": " + ex.getMessage());
		}
	}

	/**
	 * @param language the customer's language the text is in
	 * @param missing the variables left in the text for the agent to fill
	 */
	public record Preview(UUID macroId, String title, String language, String text, List<String> missing,
			StandardStep step, MacroActions actions) {
	}

	/**
	 * @param counted whether this call counted the use (false for a repeated key)
	 * @param refused the actions the ticket's rules refused, with why
	 */
	public record Use(boolean counted, long usageCount, StandardStep step, List<String> refused) {
	}

	public record StepDone(StandardStep step, Instant at, String by) {
	}

}
