package io.yordam.macros;

import java.util.ArrayList;
import java.util.List;

import io.yordam.common.InvalidInputException;

/**
 * What an editor sends: shared (for everyone, admins only) or personal, the standard step
 * it stands for if any, the texts and the actions.
 */
public record MacroDraft(boolean shared, String step, MacroTexts texts, MacroActions actions) {

	/**
	 * Refuses the draft (400, every broken rule named by field) before anything is
	 * written.
	 */
	Valid validate() {
		List<InvalidInputException.Violation> found = new ArrayList<>();
		StandardStep parsed = null;
		try {
			parsed = StandardStep.parse(this.step, "step");
		}
		catch (InvalidInputException ex) {
			found.addAll(ex.violations());
		}
		if (this.texts == null) {
			found.add(new InvalidInputException.Violation("texts", "required", "Texts in ru, uz and en are required"));
		}
		else {
			found.addAll(this.texts.violations());
		}
		MacroActions actions = (this.actions != null) ? this.actions : MacroActions.NONE;
		found.addAll(actions.violations());
		if (!found.isEmpty()) {
			throw new InvalidInputException(found);
		}
		MacroTexts.Text ru = strip(this.texts.ru());
		MacroTexts.Text uz = strip(this.texts.uz());
		MacroTexts.Text en = strip(this.texts.en());
		return new Valid(parsed, new MacroTexts(ru, uz, en), actions.normalized());
	}

	private static MacroTexts.Text strip(MacroTexts.Text text) {
		return new MacroTexts.Text(MacroTexts.strip(text.title()), MacroTexts.strip(text.body()));
	}

	record Valid(StandardStep step, MacroTexts texts, MacroActions actions) {
	}

}
