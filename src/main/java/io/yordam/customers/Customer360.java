package io.yordam.customers;

import java.util.List;

import io.yordam.notices.NoticeView;
import io.yordam.orders.OrderView;

/**
 * Everything the operator sees beside the chat: who, their orders, their tickets, and the
 * notices Yordam sent them (issue 17) — what the customer was told before they wrote.
 */
public record Customer360(CustomerView profile, List<OrderView> recentOrders, List<CustomerView.TicketLine> tickets,
		List<NoticeView> notices) {
}
