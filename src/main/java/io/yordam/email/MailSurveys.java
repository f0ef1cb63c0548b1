package io.yordam.email;

import java.util.UUID;

import io.yordam.feedback.SurveyInvitation;
import io.yordam.feedback.SurveyMail;

/**
 * A solved mailed ticket's survey as a mail: to the address the customer last wrote from,
 * threaded into the conversation like an agent's reply ({@code Re: … [#1042]},
 * In-Reply-To their last mail), once per survey (the outbox's key), in the transaction
 * that records the survey.
 */
final class MailSurveys implements SurveyMail {

	private final MailThreads threads;

	private final MailOutbox outbox;

	private final SurveyMailText text;

	MailSurveys(MailThreads threads, MailOutbox outbox, SurveyMailText text) {
		this.threads = threads;
		this.outbox = outbox;
		this.text = text;
	}

	@Override
	public boolean reaches(UUID conversationId) {
		return this.threads.lastInbound(conversationId).isPresent();
	}

	@Override
	public void invite(SurveyInvitation invitation) {
		MailThreads.LastInbound last = this.threads.lastInbound(invitation.conversationId())
			.orElseThrow(() -> new IllegalStateException("No mail came in this conversation"));
		this.outbox.queue(new MailOutbox.Letter(invitation.key(), invitation.conversationId(), last.address(),
				ReplyText.subject(last.subject(), invitation.ticketNumber()), this.text.text(invitation),
				this.text.html(invitation), invitation.language(), last.messageId(),
				this.threads.references(invitation.conversationId())));
	}

}
