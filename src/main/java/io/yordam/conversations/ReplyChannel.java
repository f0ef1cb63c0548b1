package io.yordam.conversations;

import java.util.Optional;

import io.yordam.access.Participant;

/**
 * A channel that can carry support's reply to a participant outside the conversation it
 * came by: the mail address or the Telegram chat linked to them. Each channel plug-in
 * contributes one (a bean that exists only while the channel is on); the workspace offers
 * them beside the conversation's own channel, and the channel's delivery sends a message
 * marked for it ({@link MessageView#via()}).
 */
public interface ReplyChannel {

	Channel channel();

	/**
	 * How this channel reaches the participant, as the agent sees it (an address, a
	 * chat's name); empty when it does not.
	 */
	Optional<String> reaches(Participant who);

}
