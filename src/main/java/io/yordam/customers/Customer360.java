package io.yordam.customers;

import java.util.List;

import io.yordam.orders.OrderView;

/** Everything the operator sees beside the chat: who, their orders, their tickets. */
public record Customer360(CustomerView profile, List<OrderView> recentOrders, List<CustomerView.TicketLine> tickets) {
}
