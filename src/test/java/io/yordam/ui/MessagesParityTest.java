package io.yordam.ui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in Russian, Uzbek and English: no screen falls back to another
 * language.
 */
class MessagesParityTest {

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = MessagesParityTest.class.getResourceAsStream("/i18n/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void theThreeLanguagesHaveTheSameKeys() throws IOException {
		Properties en = load("messages.properties");
		Properties ru = load("messages_ru.properties");
		Properties uz = load("messages_uz.properties");
		// Plural forms differ by language (ru: one/few/many; uz, en: one/other):
		// TranslationCoverageTests checks that each language has the forms it needs.
		assertThat(singular(ru)).isEqualTo(singular(en));
		assertThat(singular(uz)).isEqualTo(singular(en));
		assertThat(en.stringPropertyNames()).hasSizeGreaterThan(100);
	}

	@Test
	void russianAndUzbekAreTranslated() throws IOException {
		Properties en = load("messages.properties");
		Properties ru = load("messages_ru.properties");
		assertThat(ru.getProperty("ticket.resolve")).isNotEqualTo(en.getProperty("ticket.resolve"));
		assertThat(load("messages_uz.properties").getProperty("status.SOLVED")).isEqualTo("Hal qilingan");
	}

	static java.util.Set<String> singular(Properties properties) {
		return properties.stringPropertyNames()
			.stream()
			.filter(key -> !key.matches(".*\\.(one|few|many|other)$"))
			.collect(java.util.stream.Collectors.toSet());
	}

}
