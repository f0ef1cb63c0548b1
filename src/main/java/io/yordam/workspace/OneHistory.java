package io.yordam.workspace;

import java.util.List;

import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.tickets.MergeHistory;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketMerges;
import io.yordam.tickets.TicketRef;
import io.yordam.tickets.RequesterLinks;
import io.yordam.tickets.TicketSummary;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * One customer, one history (issue 15 §4) on the ticket view: "Merged into #1042" on a
 * merged ticket, on the ticket they went into each merged ticket's messages under its
 * number, and whether the requester is a channel's contact an agent may link.
 */
@Component
class OneHistory {

	private final TicketMerges merges;

	private final Conversations conversations;

	private final RequesterLinks links;

	private final io.yordam.tickets.ReplyRouting replies;

	OneHistory(TicketMerges merges, Conversations conversations, RequesterLinks links,
			io.yordam.tickets.ReplyRouting replies) {
		this.replies = replies;
		this.merges = merges;
		this.conversations = conversations;
		this.links = links;
	}

	/**
	 * The channels a reply may go out on: the ticket's own first (the one the customer
	 * wrote from), then the others that reach them.
	 */
	void fillReplyChannels(TicketSummary ticket, Model model) {
		model.addAttribute("replyChannels", this.replies.options(ticket));
	}

	void fillLinkable(TicketSummary ticket, Model model) {
		model.addAttribute("linkable", this.links.linkable(ticket));
	}

	void fill(TicketId ticket, Model model) {
		MergeHistory history = this.merges.history(ticket);
		model.addAttribute("mergedInto", history.into().orElse(null));
		model.addAttribute("mergedThreads",
				history.from()
					.stream()
					.map(m -> new Thread(m.ticket(),
							this.conversations.find(new ConversationId(m.conversationId()))
								.map(io.yordam.conversations.ConversationView::channel)
								.orElse(io.yordam.conversations.Channel.CHAT),
							this.conversations.messagesAfter(new ConversationId(m.conversationId()), 0, 500)))
					.toList());
	}

	void fillCandidates(TicketId ticket, Model model) {
		model.addAttribute("mergeCandidates", this.merges.candidates(ticket));
	}

	/** A merged ticket, the channel it came by, and its conversation's messages. */
	record Thread(TicketRef ticket, io.yordam.conversations.Channel channel, List<MessageView> messages) {
	}

}
