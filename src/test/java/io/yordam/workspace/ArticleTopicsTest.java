package io.yordam.workspace;

import io.yordam.bot.Intent;
import io.yordam.knowledge.KnowledgeSuggestions.Topic;
import io.yordam.tickets.TicketCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which articles answer a ticket, by its category and the customer's request. */
class ArticleTopicsTest {

	@Test
	void aMissingItemIsAnsweredByTheMissingItemsArticleNeverByPaymentMethods() {
		Topic topic = ArticleTopics.of(TicketCategory.INCOMPLETE_ORDER, null);
		assertThat(topic.slugs()).first().isEqualTo("missing-items");
		assertThat(topic.slugs()).doesNotContain("payment-methods");
		assertThat(topic.categories()).containsExactly("INCIDENTS");
		assertThat(ArticleTopics.of(TicketCategory.GENERAL_QUESTION, Intent.MISSING_ITEM)).isEqualTo(topic);
	}

	@Test
	void theCategoryComesFirstThenWhatTheCustomerAsks() {
		Topic topic = ArticleTopics.of(TicketCategory.LATE_DELIVERY, Intent.PROMO_BONUS);
		assertThat(topic.slugs()).startsWith("late-order").contains("promo-codes");
		assertThat(topic.slugs().indexOf("late-order")).isLessThan(topic.slugs().indexOf("promo-codes"));
		assertThat(topic.categories()).contains("INCIDENTS", "PROMO");
	}

	@Test
	void aGeneralQuestionHasNoTopicItsWordsDecide() {
		assertThat(ArticleTopics.of(TicketCategory.GENERAL_QUESTION, Intent.FAQ).isKnown()).isFalse();
		assertThat(ArticleTopics.of(TicketCategory.GENERAL_QUESTION, null).isKnown()).isFalse();
		assertThat(ArticleTopics.of(null, Intent.GREETING).isKnown()).isFalse();
	}

	@Test
	void everyIntentAndCategoryHasAnAnswer() {
		for (Intent intent : Intent.values()) {
			assertThat(ArticleTopics.of(intent)).as(intent.name()).isNotNull();
		}
		for (TicketCategory category : TicketCategory.values()) {
			assertThat(ArticleTopics.of(category)).as(category.name()).isNotNull();
		}
		assertThat(ArticleTopics.of(Intent.PAYMENT_PROBLEM).slugs()).first().isEqualTo("payment-methods");
	}

}
