package io.yordam.orders;

/**
 * Events arrive out of order: a late "cooking" must not undo a "delivered". An order's
 * status only moves forward along the life cycle, and a terminal status is final.
 */
final class OrderProgressPolicy {

	private OrderProgressPolicy() {
	}

	static OrderStatus next(OrderStatus current, OrderStatus reported) {
		if (current == null) {
			return reported;
		}
		if (current.isTerminal()) {
			return current;
		}
		return (reported.rank() >= current.rank()) ? reported : current;
	}

}
