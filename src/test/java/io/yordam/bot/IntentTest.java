package io.yordam.bot;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts as a request: one predicate for the session, the goodbye and the buttons.
 */
class IntentTest {

	@Test
	void greetingsThanksAPersonAndUnplacedWordsAreNotRequests() {
		EnumSet<Intent> notRequests = EnumSet.of(Intent.GREETING, Intent.THANKS_BYE, Intent.HUMAN_AGENT,
				Intent.OUT_OF_SCOPE);
		for (Intent intent : Intent.values()) {
			assertThat(intent.isRequest()).as(intent.wireName()).isEqualTo(!notRequests.contains(intent));
		}
	}

	@Test
	void aQuestionForTheKnowledgeBaseIsARequest() {
		assertThat(Intent.FAQ.isRequest()).isTrue();
		assertThat(Intent.ORDER_STATUS.isRequest()).isTrue();
	}

}
