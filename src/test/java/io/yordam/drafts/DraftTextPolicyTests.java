package io.yordam.drafts;

import io.yordam.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftTextPolicyTests {

	@Test
	void keepsTextUpToTheLimitCountedInCharacters() {
		assertThat(DraftTextPolicy.check("Здравствуйте!")).isEqualTo("Здравствуйте!");
		String emoji = "🙂".repeat(DraftTextPolicy.MAX_LENGTH);
		assertThat(DraftTextPolicy.check(emoji)).isEqualTo(emoji);
	}

	@Test
	void blankMeansNoDraft() {
		assertThat(DraftTextPolicy.check("")).isNull();
		assertThat(DraftTextPolicy.check(" \n\t ")).isNull();
	}

	@Test
	void refusesByFieldAndRule() {
		assertThatThrownBy(() -> DraftTextPolicy.check("a".repeat(DraftTextPolicy.MAX_LENGTH + 1)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.violations().get(0).field()).isEqualTo("text");
				assertThat(ex.violations().get(0).rule()).isEqualTo("max-length");
			});
		assertThatThrownBy(() -> DraftTextPolicy.check(null)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations().get(0).rule()).isEqualTo("required"));
		assertThatThrownBy(() -> DraftTextPolicy.check("a\0b")).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations().get(0).rule()).isEqualTo("no-nul"));
	}

}
