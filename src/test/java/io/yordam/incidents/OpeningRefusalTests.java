package io.yordam.incidents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals the bot words for the customer: each eligibility rule is one, under the
 * same code the agent API's problem names it by.
 */
class OpeningRefusalTests {

	@Test
	void everyEligibilityRuleIsARefusalOfTheSameCode() {
		for (IncidentEligibility.Rule rule : IncidentEligibility.Rule.values()) {
			IncidentDesk.Opening.Refusal refusal = IncidentDesk.Opening.Refusal.of(rule);
			assertThat(refusal.name()).isEqualTo(rule.name());
			assertThat(refusal.code()).isEqualTo(rule.code());
		}
	}

	@Test
	void aRefusalKeepsItsRuleForTheAgentApi() {
		OpeningRefused refused = new OpeningRefused(IncidentDesk.Opening.Refusal.ALREADY_OPEN, 409, "Order 1042…");
		assertThat(refused.rule()).isEqualTo("incident-exists");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.refusal()).isEqualTo(IncidentDesk.Opening.Refusal.ALREADY_OPEN);
	}

}
