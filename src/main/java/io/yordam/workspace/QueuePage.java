package io.yordam.workspace;

import java.util.EnumSet;
import java.util.Set;

import io.yordam.access.OperatorPrincipal;
import io.yordam.conversations.Channel;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import org.springframework.data.domain.Slice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queue: tickets by view, line and channel (the review channel is the reputation
 * queue), refreshed live when any ticket changes.
 */
@Controller
class QueuePage {

	static final int PAGE_SIZE = 25;

	private final TicketDesk desk;

	private final io.yordam.sla.SlaClocks sla;

	private final java.time.Clock clock;

	QueuePage(TicketDesk desk, io.yordam.sla.SlaClocks sla, java.time.Clock clock) {
		this.desk = desk;
		this.sla = sla;
		this.clock = clock;
	}

	@GetMapping("/agent")
	String queue(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "waiting") String view,
			@RequestParam(required = false) TicketLine line, @RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "0") int page, Model model) {
		fill(me, view, new Filter(line, channel), page, model);
		return "agent/queue";
	}

	@GetMapping("/agent/queue/rows")
	String rows(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "waiting") String view,
			@RequestParam(required = false) TicketLine line, @RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "0") int page, Model model) {
		fill(me, view, new Filter(line, channel), page, model);
		return "agent/queue :: rows";
	}

	private void fill(OperatorPrincipal me, String view, Filter filter, int page, Model model) {
		QueueView queueView = QueueView.of(view);
		Slice<TicketSummary> tickets = this.desk.queue(queueView.filter(filter), me, page, PAGE_SIZE);
		model.addAttribute("tickets", tickets);
		// Each row's most urgent SLA clock, one indexed read for the page.
		model.addAttribute("sla", this.sla.nearest(tickets.getContent().stream().map(TicketSummary::id).toList()));
		model.addAttribute("serverNow", this.clock.millis());
		model.addAttribute("view", queueView.key());
		model.addAttribute("views", QueueView.values());
		model.addAttribute("line", filter.line());
		model.addAttribute("lines", TicketLine.values());
		model.addAttribute("channel", filter.channel());
		model.addAttribute("channels", Channel.values());
	}

	/** The line and channel asked for; null: any. */
	record Filter(TicketLine line, Channel channel) {
	}

	/** The queue's tabs. */
	enum QueueView {

		WAITING("waiting", EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN), false, false),
		MINE("mine",
				EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD),
				true, false),
		UNASSIGNED("unassigned", EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN), false, true),
		PENDING("pending", EnumSet.of(TicketStatus.PENDING_CUSTOMER), false, false),
		ON_HOLD("onhold", EnumSet.of(TicketStatus.ON_HOLD), false, false),
		SOLVED("solved", EnumSet.of(TicketStatus.SOLVED, TicketStatus.CLOSED), false, false),
		/**
		 * Conversations the bot is answering now: a supervisor can look in, or take one.
		 */
		BOT("bot", EnumSet.of(TicketStatus.BOT), false, false);

		private final String key;

		private final Set<TicketStatus> statuses;

		private final boolean mine;

		private final boolean unassigned;

		QueueView(String key, Set<TicketStatus> statuses, boolean mine, boolean unassigned) {
			this.key = key;
			this.statuses = statuses;
			this.mine = mine;
			this.unassigned = unassigned;
		}

		static QueueView of(String key) {
			for (QueueView view : values()) {
				if (view.key.equals(key)) {
					return view;
				}
			}
			return WAITING;
		}

		String key() {
			return this.key;
		}

		public String getKey() {
			return this.key;
		}

		TicketDesk.QueueFilter filter(Filter asked) {
			return new TicketDesk.QueueFilter(this.statuses, asked.line(), asked.channel(), this.mine, this.unassigned);
		}

	}

}
