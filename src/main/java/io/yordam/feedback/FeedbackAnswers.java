package io.yordam.feedback;

import java.util.List;

import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessagePosted;
import io.yordam.conversations.MessageView;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A customer tapped one of the feedback's buttons (in the widget, in Telegram): an answer
 * on the side, which the conversation has already checked was offered in this
 * conversation. The message's own text, when it is not the button's label, is the
 * customer's comment.
 */
@Component
class FeedbackAnswers {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FeedbackAnswers.class);

	private final Conversations conversations;

	private final Ratings ratings;

	private final NpsAnswers nps;

	private final ConflictRetry retry;

	FeedbackAnswers(Conversations conversations, Ratings ratings, NpsAnswers nps, ConflictRetry retry) {
		this.conversations = conversations;
		this.ratings = ratings;
		this.nps = nps;
		this.retry = retry;
	}

	// Only an answer on the side that names one of ours writes a registry row.
	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.aside() and #event.actionId() != null"
			+ " and (#event.actionId().startsWith('csat:') or #event.actionId().startsWith('nps:'))")
	void on(MessagePosted event) {
		if (!event.aside()) {
			return;
		}
		FeedbackActions.parse(event.actionId()).ifPresent(answer -> this.retry.run(() -> answered(event, answer)));
	}

	private void answered(MessagePosted event, FeedbackActions.Answer answer) {
		ConversationView conversation = this.conversations.find(event.conversationId()).orElse(null);
		if (conversation == null) {
			return;
		}
		try {
			if (answer.nps()) {
				this.nps.answer(answer.id(), conversation.participant(), answer.score());
			}
			else {
				this.ratings.rate(answer.id(), conversation.participant(), answer.score(),
						comment(event, answer.score()));
			}
		}
		catch (InvalidInputException | NotFoundException ex) {
			// Not an answer to one of ours after all (an id made up by hand): nothing to
			// record, and nothing a redelivery would change.
			log.warn("Feedback answer in {} not recorded: {}", event.conversationId(), ex.getMessage());
		}
	}

	/** The message's text unless it is the button's own label; cut to what is kept. */
	private String comment(MessagePosted event, int score) {
		List<MessageView> posted = this.conversations.messagesAfter(event.conversationId(), event.seq() - 1, 1);
		String text = posted.isEmpty() ? null : posted.get(0).text();
		if (text == null || text.equals(FeedbackTexts.csatLabel(score))) {
			return null;
		}
		return (text.length() <= Ratings.MAX_COMMENT) ? text : text.substring(0, Ratings.MAX_COMMENT);
	}

}
