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
		assertThat(ru.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
		assertThat(uz.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
		assertThat(en.stringPropertyNames()).hasSizeGreaterThan(100);
	}

	@Test
	void russianAndUzbekAreTranslated() throws IOException {
		Properties en = load("messages.properties");
		Properties ru = load("messages_ru.properties");
		assertThat(ru.getProperty("ticket.resolve")).isNotEqualTo(en.getProperty("ticket.resolve"));
		assertThat(load("messages_uz.properties").getProperty("status.SOLVED")).isEqualTo("Hal qilingan");
	}

}
