package io.yordam.macros;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.yordam.common.InvalidInputException;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;

/**
 * What using a macro also does to the ticket, each optional: set its status, add a tag,
 * set its priority. Carried out through the ticket desk, whose rules may still refuse.
 */
public record MacroActions(String status, String tag, String priority) {

	/** An agent moves a ticket among these; the bot's and closed are not a reply's. */
	static final Set<TicketStatus> STATUSES = Set.of(TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER,
			TicketStatus.ON_HOLD, TicketStatus.SOLVED);

	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_-]{1,50}");

	public static final MacroActions NONE = new MacroActions(null, null, null);

	/** Blank values are no action; tags are kept lowercase as the ticket keeps them. */
	MacroActions normalized() {
		return new MacroActions(blankToNull(this.status),
				(blankToNull(this.tag) == null) ? null : this.tag.strip().toLowerCase(Locale.ROOT),
				blankToNull(this.priority));
	}

	List<InvalidInputException.Violation> violations() {
		List<InvalidInputException.Violation> found = new ArrayList<>();
		MacroActions a = normalized();
		if (a.status != null && STATUSES.stream().noneMatch(s -> s.name().equals(a.status))) {
			found.add(new InvalidInputException.Violation("actions.status", "one-of",
					"One of OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED"));
		}
		if (a.tag != null && !TAG.matcher(a.tag).matches()) {
			found.add(new InvalidInputException.Violation("actions.tag", "pattern",
					"A tag is 1 to 50 letters, digits, dashes or underscores"));
		}
		if (a.priority != null
				&& java.util.Arrays.stream(TicketPriority.values()).noneMatch(p -> p.name().equals(a.priority))) {
			found.add(new InvalidInputException.Violation("actions.priority", "one-of",
					"One of " + java.util.Arrays.toString(TicketPriority.values())));
		}
		return found;
	}

	boolean any() {
		return this.status != null || this.tag != null || this.priority != null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
