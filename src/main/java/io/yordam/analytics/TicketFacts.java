package io.yordam.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.yordam.access.PlatformRole;
import io.yordam.orders.OrderId;
import io.yordam.orders.Orders;
import io.yordam.tickets.AuditView;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import org.springframework.stereotype.Component;

/**
 * A ticket's change turned into its figures: the contact on first sight, the order's
 * dimensions once linked, the first response, each solution, each reopening, and whether
 * the first solution held. Moments and the first response are read from the ticket as it
 * is (so events handled out of order still count what happened); each figure is added
 * once under its fact key. Runs in the caller's transaction, the ticket's row locked.
 */
@Component
class TicketFacts {

	/** Another contact about the same order this soon after a solution undoes it. */
	static final Duration FCR_WINDOW = Duration.ofHours(72);

	/** The agent dimension's value for what the bot did alone. */
	static final String BOT = "bot";

	private final TicketDesk desk;

	private final Orders orders;

	private final TicketRows rows;

	private final Rollups rollups;

	private final DishFacts dishes;

	TicketFacts(TicketDesk desk, Orders orders, TicketRows rows, Rollups rollups, DishFacts dishes) {
		this.desk = desk;
		this.orders = orders;
		this.rollups = rollups;
		this.rows = rows;
		this.dishes = dishes;
	}

	void changed(TicketChanged event) {
		TicketSummary ticket = this.desk.get(event.ticketId());
		UUID id = ticket.id().value();
		String customer = (ticket.requesterRole() == PlatformRole.CUSTOMER) ? ticket.requesterId() : null;
		TicketRow row = this.rows.lock(id, ticket.number(), customer, ticket.channel().name(), ticket.line().name(),
				ticket.createdAt());
		if (this.rollups.once("contact:" + id, ticket.createdAt())) {
			this.rollups.add(Metric.CONTACTS, ticket.createdAt(),
					Dimensions.desk().with(Dimension.CHANNEL, row.channel()).with(Dimension.LINE, row.line()), 1);
		}
		if (ticket.orderId() != null && row.orderId() == null) {
			row = orderLinked(row, ticket.orderId());
		}
		if (ticket.firstResponseAt() != null && row.firstResponseAt() == null) {
			row = firstResponse(row, ticket);
		}
		if (event.status() == TicketStatus.SOLVED || event.status() == TicketStatus.CLOSED) {
			ended(row, ticket, event);
		}
		if (event.reopenCount() > 0
				&& this.rollups.once("reopened:" + id + ":" + event.reopenCount(), event.updatedAt())) {
			this.rows.reopened(id, event.updatedAt());
			this.rollups.add(Metric.REOPENED, event.updatedAt(), row.dims(), 1);
			fcrMissed(row);
		}
	}

	/**
	 * The order's city, restaurant, courier and dishes join the ticket's contact; a
	 * contact about an order another ticket of the customer was solved for in the last 72
	 * hours undoes that solution.
	 */
	private TicketRow orderLinked(TicketRow row, String orderId) {
		var order = this.orders.find(new OrderId(orderId));
		String city = order.map(o -> o.city()).orElse(null);
		String restaurant = order.map(o -> o.restaurantName()).orElse(null);
		String courier = order.map(o -> o.courierName()).orElse(null);
		this.rows.orderOf(row.ticketId(), orderId, city, restaurant, courier);
		if (this.rollups.once("contact-order:" + row.ticketId(), row.openedAt())) {
			Dimensions dims = Dimensions.only(Dimension.CITY, city)
				.with(Dimension.RESTAURANT, restaurant)
				.with(Dimension.COURIER, courier);
			this.rollups.add(Metric.CONTACTS, row.openedAt(), dims, 1);
		}
		order.ifPresent(o -> this.dishes.contacted(row.ticketId(), o, row.openedAt()));
		if (row.customerId() != null) {
			for (TicketRow earlier : this.rows.solvedAbout(row.customerId(), orderId, row.ticketId(),
					row.openedAt().minus(FCR_WINDOW), row.openedAt())) {
				fcrMissed(earlier);
			}
		}
		return new TicketRow(row.ticketId(), row.number(), row.customerId(), orderId, row.channel(), row.line(),
				row.reason(), row.agentId(), city, restaurant, courier, row.openedAt(), row.firstResponseAt(),
				row.firstResolvedAt(), row.fcrMissed());
	}

	private TicketRow firstResponse(TicketRow row, TicketSummary ticket) {
		Instant answered = ticket.firstResponseAt();
		Instant needed = ticket.createdAt();
		for (AuditView entry : this.desk.auditTrail(ticket.id())) {
			if ("handed-off".equals(entry.action()) && !entry.at().isAfter(answered) && entry.at().isAfter(needed)) {
				needed = entry.at();
			}
		}
		String agent = (ticket.assigneeId() != null) ? ticket.assigneeId().toString() : null;
		this.rows.firstResponse(row.ticketId(), answered, agent);
		TicketRow answeredRow = withAgent(row, agent, answered);
		if (this.rollups.once("first-response:" + row.ticketId(), answered)) {
			this.rollups.add(Metric.FIRST_RESPONSE, answered, answeredRow.dims(), seconds(needed, answered));
		}
		return answeredRow;
	}

	/** Solved or closed: a solution once per reopening, unless it was merged away. */
	private void ended(TicketRow row, TicketSummary ticket, TicketChanged event) {
		Instant at = event.updatedAt();
		UUID id = row.ticketId();
		if (event.status() == TicketStatus.CLOSED && mergedAway(ticket)) {
			if (this.rollups.once("merged:" + id, at)) {
				this.rollups.add(Metric.MERGED, at, row.dims(), 1);
			}
			return;
		}
		if (!this.rollups.once("resolved:" + id + ":" + event.reopenCount(), at)) {
			return;
		}
		String agent = (event.assigneeId() != null) ? event.assigneeId() : (row.firstResponseAt() == null) ? BOT : null;
		boolean first = row.firstResolvedAt() == null && event.reopenCount() == 0;
		String reason = (row.reason() != null) ? row.reason() : event.category().name();
		this.rows.resolved(id, at, agent, reason, first);
		TicketRow solved = new TicketRow(id, row.number(), row.customerId(), row.orderId(), row.channel(), row.line(),
				reason, (agent != null) ? agent : row.agentId(), row.city(), row.restaurant(), row.courier(),
				row.openedAt(), row.firstResponseAt(), first ? at : row.firstResolvedAt(), row.fcrMissed());
		Dimensions dims = solved.dims();
		this.rollups.add(Metric.RESOLVED, at, dims, 1);
		this.rollups.add(Metric.RESOLUTION, at, dims, seconds(row.openedAt(), at));
		if (row.firstResponseAt() != null) {
			this.rollups.add(Metric.HANDLING, at, dims, seconds(row.firstResponseAt(), at));
		}
		if (first) {
			this.rollups.add(Metric.FIRST_RESOLVED, at, dims, 1);
			if (this.rollups.once("contact-reason:" + id, row.openedAt())) {
				this.rollups.add(Metric.CONTACTS, row.openedAt(), Dimensions.only(Dimension.REASON, reason), 1);
			}
			boolean undone = row.fcrMissed() || ticket.reopenCount() > 0
					|| (row.orderId() != null && row.customerId() != null
							&& this.rows.contactedAbout(row.customerId(), row.orderId(), id, at, at.plus(FCR_WINDOW)));
			if (undone) {
				fcrMissed(solved);
			}
		}
	}

	/**
	 * The first solution did not hold: counted once, in its hour, when that is known (a
	 * reopening handled before the solution marks the row; the solution counts it).
	 */
	private void fcrMissed(TicketRow row) {
		this.rows.markFcrMissed(row.ticketId());
		if (row.firstResolvedAt() != null && this.rollups.once("fcr-missed:" + row.ticketId(), row.firstResolvedAt())) {
			this.rollups.add(Metric.FCR_MISSED, row.firstResolvedAt(), row.dims(), 1);
		}
	}

	private boolean mergedAway(TicketSummary ticket) {
		return this.desk.auditTrail(ticket.id()).stream().anyMatch(entry -> "merged-into".equals(entry.action()));
	}

	private static TicketRow withAgent(TicketRow row, String agent, Instant answered) {
		return new TicketRow(row.ticketId(), row.number(), row.customerId(), row.orderId(), row.channel(), row.line(),
				row.reason(), (agent != null) ? agent : row.agentId(), row.city(), row.restaurant(), row.courier(),
				row.openedAt(), answered, row.firstResolvedAt(), row.fcrMissed());
	}

	static long seconds(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).toSeconds());
	}

}
