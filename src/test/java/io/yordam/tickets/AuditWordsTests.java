package io.yordam.tickets;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail's codes read as the ticket view's own labels, in the reader's language.
 */
class AuditWordsTests {

	final AuditWords words = new AuditWords(bundle());

	static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	AuditView entry(String action, String detail) {
		return new AuditView(Instant.EPOCH, "Dilnoza", action, detail);
	}

	@Test
	void changesReadAsLabels() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
		assertThat(this.words.detail(entry("status", "NEW → OPEN"))).doesNotContain("NEW").contains(" → ");
		assertThat(this.words.detail(entry("category", "GENERAL_QUESTION → INCOMPLETE_ORDER")))
			.doesNotContainPattern("[A-Z]{3,}_[A-Z_]+");
		assertThat(this.words.detail(entry("escalated", "FIRST_LINE → SECOND_LINE: customer is angry")))
			.doesNotContain("LINE")
			.endsWith(": customer is angry");
	}

	@Test
	void platformIdsAreLeftToTheTooltip() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("uz"));
		assertThat(this.words.detail(entry("order", "dm-tpa2co-879126"))).isEmpty();
	}

	@Test
	void aHandOffsReasonReadsInWordsAndAnUnknownOneAsOther() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.words.detail(entry("handed-off", "no-such-reason"))).isNotBlank()
			.doesNotContain("no-such-reason");
		assertThat(this.words.detail(entry("created", "line CUSTOMERS_PARTNERS"))).doesNotContain("CUSTOMERS");
	}

}
