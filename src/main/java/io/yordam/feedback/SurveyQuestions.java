package io.yordam.feedback;

import java.util.List;
import java.util.stream.IntStream;

import io.yordam.common.PublicUrls;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.tickets.TicketSummary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts a survey's question where the customer can answer it, in the survey's transaction:
 * in the chat and Telegram as five quick replies on the side; by mail (the email
 * channel's {@link SurveyMail}, when it is on) as five links to the survey page, which
 * needs the public base URL to make them.
 */
@Component
class SurveyQuestions {

	private final Conversations conversations;

	private final FeedbackTexts texts;

	private final ObjectProvider<SurveyMail> mail;

	private final SurveyLinks links;

	private final PublicUrls urls;

	SurveyQuestions(Conversations conversations, FeedbackTexts texts, ObjectProvider<SurveyMail> mail,
			SurveyLinks links, PublicUrls urls) {
		this.conversations = conversations;
		this.texts = texts;
		this.mail = mail;
		this.links = links;
		this.urls = urls;
	}

	/** Whether a mail can ask this ticket's customer. */
	boolean mailable(TicketSummary ticket) {
		SurveyMail channel = this.mail.getIfAvailable();
		return ticket.channel() == Channel.EMAIL && channel != null && this.urls.configured()
				&& channel.reaches(ticket.conversationId());
	}

	void ask(Survey survey) {
		if (survey.channel() == Channel.EMAIL) {
			this.mail.getObject().invite(invitation(survey));
			return;
		}
		this.conversations.postAsSystem(new ConversationId(survey.conversationId()),
				this.texts.csatQuestion(survey.language()), this.texts.csatButtons(survey.id()),
				FeedbackActions.CSAT + survey.id());
	}

	private SurveyInvitation invitation(Survey survey) {
		SurveyLinks.Link link = this.links.issue(survey.id());
		String page = this.urls.to(SurveyPage.PATH + link.token()).orElseThrow();
		List<String> scored = IntStream.rangeClosed(1, 5).mapToObj(score -> page + "?score=" + score).toList();
		return new SurveyInvitation(survey.id(), survey.ticketNumber(), survey.conversationId(), survey.language(),
				scored, link.expiresAt());
	}

}
