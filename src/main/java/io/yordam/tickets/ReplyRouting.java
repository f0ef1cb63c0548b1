package io.yordam.tickets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.yordam.common.InvalidInputException;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ReplyChannel;

/**
 * Which channels a reply may go out on: the ticket's own (the one the customer wrote
 * from, the default), and every other channel plug-in that reaches the requester (their
 * linked mail address, their Telegram chat). Nothing here names a channel.
 */
@Component
public class ReplyRouting {

	/** A channel the agent may choose, and how it reaches the customer. */
	public record Option(Channel channel, String reaches, boolean own) {
	}

	private final ObjectProvider<ReplyChannel> channels;

	ReplyRouting(ObjectProvider<ReplyChannel> channels) {
		this.channels = channels;
	}

	public List<Option> options(TicketSummary ticket) {
		List<Option> options = new ArrayList<>();
		options.add(new Option(ticket.channel(), "", true));
		this.channels.orderedStream()
			.filter(channel -> channel.channel() != ticket.channel())
			.forEach(channel -> channel.reaches(ticket.requester())
				.ifPresent(reaches -> options.add(new Option(channel.channel(), reaches, false))));
		return options;
	}

	/**
	 * The channel to mark the reply with: null for the ticket's own.
	 * @throws InvalidInputException on {@code via} for a channel that does not reach the
	 * customer
	 */
	Channel checked(TicketSummary ticket, Channel via) {
		if (via == null || via == ticket.channel()) {
			return null;
		}
		Optional<Option> reaching = options(ticket).stream().filter(o -> !o.own() && o.channel() == via).findFirst();
		return reaching.map(Option::channel)
			.orElseThrow(() -> new InvalidInputException("via", "reachable-channel",
					"The customer has no such channel to answer on"));
	}

}
