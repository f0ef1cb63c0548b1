package io.yordam.reputation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NegativeReviewPolicyTests {

	@Test
	void oneAndTwoStarsAreAnsweredByDefaultThreeAndMoreAreNoted() {
		NegativeReviewPolicy policy = new NegativeReviewPolicy(2);
		assertThat(policy.decide(1)).isInstanceOf(NegativeReviewPolicy.Verdict.Answer.class);
		assertThat(policy.decide(2)).isInstanceOf(NegativeReviewPolicy.Verdict.Answer.class);
		assertThat(policy.decide(3)).isInstanceOf(NegativeReviewPolicy.Verdict.Note.class);
		assertThat(policy.decide(5)).isInstanceOf(NegativeReviewPolicy.Verdict.Note.class);
	}

	@Test
	void theThresholdIsConfigurableFromNeverToAlways() {
		assertThat(new NegativeReviewPolicy(0).decide(1)).isInstanceOf(NegativeReviewPolicy.Verdict.Note.class);
		assertThat(new NegativeReviewPolicy(5).decide(5)).isInstanceOf(NegativeReviewPolicy.Verdict.Answer.class);
		assertThat(new NegativeReviewPolicy(3).decide(3)).isInstanceOf(NegativeReviewPolicy.Verdict.Answer.class);
		assertThatThrownBy(() -> new NegativeReviewPolicy(6)).isInstanceOf(IllegalArgumentException.class);
	}

}
