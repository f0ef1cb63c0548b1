package io.yordam.macros;

import java.util.List;
import java.util.Map;

import io.yordam.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Filling variables, choosing the language, and what a macro may hold. */
class MacroTemplateTests {

	@Test
	void variablesAreFilledAndWhatHasNoValueStaysVisible() {
		MacroTemplate.Filled filled = MacroTemplate.fill("{name}, заказ {order} будет в {eta}. {name}!",
				Map.of(MacroVariable.NAME, "Алишер", MacroVariable.ORDER, "E24-100200"));
		assertThat(filled.text()).isEqualTo("Алишер, заказ E24-100200 будет в {eta}. Алишер!");
		assertThat(filled.missing()).containsExactly(MacroVariable.ETA);
	}

	@Test
	void aBlankValueIsNoValue() {
		MacroTemplate.Filled filled = MacroTemplate.fill("Courier {courier} is near",
				Map.of(MacroVariable.COURIER, "  "));
		assertThat(filled.text()).isEqualTo("Courier {courier} is near");
		assertThat(filled.missing()).containsExactly(MacroVariable.COURIER);
	}

	@Test
	void valuesAreTakenLiterallyAndBracesThatAreNoVariableArePlainText() {
		MacroTemplate.Filled filled = MacroTemplate.fill("Hi {name} :-{ } {", Map.of(MacroVariable.NAME, "$1 {order}"));
		assertThat(filled.text()).isEqualTo("Hi $1 {order} :-{ } {");
		assertThat(filled.missing()).isEmpty();
	}

	@Test
	void unknownVariablesAreFound() {
		assertThat(MacroTemplate.unknownVariables("{name} {orderNumber} {name} {eta} {x}"))
			.containsExactly("orderNumber", "x");
		assertThat(MacroTemplate.unknownVariables("no variables { here }")).isEmpty();
	}

	@Test
	void theCustomersLanguageChoosesTheTextAndRussianIsTheFallback() {
		assertThat(MacroLanguage.choose("uz")).isEqualTo("uz");
		assertThat(MacroLanguage.choose("uz-Cyrl")).isEqualTo("uz");
		assertThat(MacroLanguage.choose("EN_gb")).isEqualTo("en");
		assertThat(MacroLanguage.choose("kk")).isEqualTo("ru");
		assertThat(MacroLanguage.choose(null)).isEqualTo("ru");
		MacroTexts texts = texts("Salom {name}");
		assertThat(texts.in("uz").body()).isEqualTo("Salom {name}");
		assertThat(texts.in("tr").body()).isEqualTo("Привет");
	}

	@Test
	void aDraftIsRefusedWithEveryBrokenRuleNamed() {
		MacroDraft draft = new MacroDraft(false, "HELLO",
				new MacroTexts(new MacroTexts.Text("Привет", "x".repeat(MacroTexts.MAX_BODY + 1)),
						new MacroTexts.Text("Salom", " "), new MacroTexts.Text("", "Hi {customer}")),
				new MacroActions("CLOSED", "two words", "SOON"));
		assertThatThrownBy(draft::validate).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).extracting(InvalidInputException.Violation::field)
					.containsExactlyInAnyOrder("step", "texts.ru.body", "texts.uz.body", "texts.en.title",
							"texts.en.body", "actions.status", "actions.tag", "actions.priority"));
	}

	@Test
	void aGoodDraftIsStrippedAndItsTagLowercased() {
		MacroDraft.Valid valid = new MacroDraft(true, "CLOSING", texts(" Salom {name} "),
				new MacroActions("SOLVED", " Late ", ""))
			.validate();
		assertThat(valid.step()).isEqualTo(StandardStep.CLOSING);
		assertThat(valid.texts().uz().body()).isEqualTo("Salom {name}");
		assertThat(valid.actions()).isEqualTo(new MacroActions("SOLVED", "late", null));
	}

	@Test
	void amountsAreWrittenAsEachLanguageWritesThem() {
		assertThat(TicketValues.som(45000, "ru")).isEqualTo("45\u00a0000 сум");
		assertThat(TicketValues.som(45000, "uz")).isEqualTo("45 000 so'm");
		assertThat(TicketValues.som(45000, "en")).isEqualTo("45,000 UZS");
		assertThat(TicketValues.firstName("  Alisher Karimov ")).isEqualTo("Alisher");
		assertThat(TicketValues.firstName(" ")).isNull();
	}

	static MacroTexts texts(String uzBody) {
		return new MacroTexts(new MacroTexts.Text("Привет", "Привет"), new MacroTexts.Text("Salom", uzBody),
				new MacroTexts.Text("Hello", "Hello"));
	}

}
