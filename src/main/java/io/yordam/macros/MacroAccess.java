package io.yordam.macros;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;

/**
 * Who may see and change a macro: everyone reads and uses the shared ones and their own;
 * only an admin changes a shared one; a personal one is its owner's alone, and is not
 * even shown to anybody else (so it answers 404, not 403).
 */
sealed interface MacroAccess {

	record Allowed() implements MacroAccess {
	}

	record Hidden() implements MacroAccess {
	}

	record Refused(String rule, String message) implements MacroAccess {
	}

	static MacroAccess toUse(Macro macro, OperatorPrincipal operator) {
		return (macro.shared() || macro.ownedBy(operator)) ? new Allowed() : new Hidden();
	}

	static MacroAccess toEdit(Macro macro, OperatorPrincipal operator) {
		if (!macro.shared()) {
			return macro.ownedBy(operator) ? new Allowed() : new Hidden();
		}
		return toShare(operator);
	}

	static MacroAccess toShare(OperatorPrincipal operator) {
		return StaffAction.EDIT_SHARED_MACROS.permits(operator.role().name()) ? new Allowed()
				: new Refused("role", "Only an admin changes shared macros");
	}

	/** Throws what the decision answers: 404 for hidden, 403 for refused. */
	default void enforce() {
		if (this instanceof Hidden) {
			throw new NotFoundException("macro");
		}
		if (this instanceof Refused refused) {
			throw new RuleViolationException(403, refused.rule(), refused.message());
		}
	}

}
