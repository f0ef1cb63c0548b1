package io.yordam.conversations;

import io.yordam.access.Participant;
import io.yordam.access.PlatformUser;

/**
 * A channel's own contacts ({@code mail-…}, {@code tg-…}): people who wrote on a channel
 * before anybody knew which platform account they are. Each channel plug-in contributes
 * its linker (a bean that exists only while the channel is on), so nothing central names
 * a channel: whoever links asks each linker whether the contact is its own.
 */
public interface ChannelContactLinker {

	/** Whether the participant is one of this channel's contacts. */
	boolean supports(Participant contact);

	/**
	 * From now on what the contact sends on the channel is the platform account's: its
	 * next message joins or starts a conversation of theirs. Runs in the caller's
	 * transaction.
	 */
	void link(Participant contact, PlatformUser account);

}
