package io.yordam.feedback;

import java.util.UUID;

/**
 * How a survey reaches a customer who wrote by mail: implemented by the email channel
 * when it is on. The feedback module decides whom to ask and makes the links; the channel
 * writes and sends the mail.
 */
public interface SurveyMail {

	/** Whether the conversation's customer wrote from an address we can answer. */
	boolean reaches(UUID conversationId);

	/**
	 * Queues the mail in the caller's transaction (the one that records the survey), so
	 * that a survey and its mail are both written or neither.
	 */
	void invite(SurveyInvitation invitation);

}
