package io.yordam.conversations;

import java.util.List;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The bot that fell behind answers several messages in one transaction, so support posts
 * more than once in it: each post takes the next seq (issue 14: under load every such
 * turn failed on the seq's unique key, was retried to the end and handed to a person).
 */
@YordamTest
class SeveralPostsInOneTransactionTests {

	@Autowired
	Conversations conversations;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void eachPostInOneTransactionTakesTheNextSeq() {
		ConversationView chat = this.conversations
			.startBySupport(new PlatformUser("c-0042", PlatformRole.CUSTOMER, "Aziza", "ru"), null, "Test");
		this.transactions.executeWithoutResult(status -> {
			this.conversations.postAsBot(chat.id(), "Не поняла, уточните", List.of(), "bot-1-0");
			this.conversations.postAsBot(chat.id(), "Передаю оператору", List.of(), "bot-2-0");
			this.conversations.postAsSystem(chat.id(), "Оператор скоро ответит", List.of(), "system-2-1");
		});
		assertThat(this.conversations.messagesAfter(chat.id(), 0, 10))
			.extracting(MessageView::seq, MessageView::clientMessageId)
			.containsExactly(tuple(1L, "bot-1-0"), tuple(2L, "bot-2-0"), tuple(3L, "system-2-1"));
	}

}
