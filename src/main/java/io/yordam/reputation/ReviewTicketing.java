package io.yordam.reputation;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ChannelConversations;
import io.yordam.conversations.ConversationView;

/**
 * A negative review becomes a conversation on the review channel (its ticket opens with
 * the matched order, on the reputation queue's SLA), the review's words its first
 * message. Its requester is the matched customer, else a contact of its own for the
 * reviewer. Both steps are keyed by the review: a redelivered event adds nothing.
 */
@Component
class ReviewTicketing {

	/**
	 * The chat's limit on a message (yordam.chat.max-text-length): a longer review is
	 * cut.
	 */
	static final int MAX_MESSAGE = 1990;

	private final ReviewStore store;

	private final ChannelConversations channels;

	private final MessageSource messages;

	private final ConflictRetry retry;

	ReviewTicketing(ReviewStore store, ChannelConversations channels, MessageSource messages, ConflictRetry retry) {
		this.store = store;
		this.channels = channels;
		this.messages = messages;
		this.retry = retry;
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(ReviewIntake.NegativeReviewTaken event) {
		this.retry.run(() -> this.store.find(event.reviewId()).ifPresent(this::open));
	}

	private void open(ReviewView review) {
		String key = "review:" + review.id();
		PlatformUser reviewer = reviewer(review);
		Locale locale = Locale.forLanguageTag(reviewer.locale());
		String source = this.messages.getMessage("reviews.source." + review.source(), null, locale);
		String subject = this.messages.getMessage("reviews.ticket.subject",
				new Object[] { review.stars(), source, reviewer.name() }, locale);
		ConversationView conversation = this.channels.start(reviewer, Channel.REVIEW, subject, key, review.orderId());
		this.store.attachConversation(review.id(), conversation.id().value());
		String text = (review.text() != null) ? cut(review.stars() + " " + review.text())
				: review.stars() + " " + this.messages.getMessage("reviews.ticket.noText", null, locale);
		this.channels.receive(conversation.id(), text, key);
	}

	private static PlatformUser reviewer(ReviewView review) {
		String name = (review.authorName() != null) ? review.authorName() : review.source().name();
		if (review.customerId() != null) {
			return new PlatformUser(review.customerId(), PlatformRole.CUSTOMER, name, review.language());
		}
		// One contact per review: two reviews signed "Anna" are not one person.
		return new PlatformUser("review-" + review.id(), PlatformRole.CUSTOMER, name, review.language());
	}

	private static String cut(String text) {
		return (text.codePointCount(0, text.length()) <= MAX_MESSAGE) ? text
				: text.substring(0, text.offsetByCodePoints(0, MAX_MESSAGE)) + "…";
	}

}
