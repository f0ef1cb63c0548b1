package io.yordam.orders;

import org.junit.jupiter.api.Test;

import static io.yordam.orders.OrderStatus.ACCEPTED;
import static io.yordam.orders.OrderStatus.CANCELLED;
import static io.yordam.orders.OrderStatus.COOKING;
import static io.yordam.orders.OrderStatus.CREATED;
import static io.yordam.orders.OrderStatus.DELIVERED;
import static io.yordam.orders.OrderStatus.ON_THE_WAY;
import static org.assertj.core.api.Assertions.assertThat;

class OrderProgressPolicyTest {

	@Test
	void movesForward() {
		assertThat(OrderProgressPolicy.next(CREATED, COOKING)).isEqualTo(COOKING);
		assertThat(OrderProgressPolicy.next(null, ACCEPTED)).isEqualTo(ACCEPTED);
	}

	@Test
	void neverMovesBack() {
		assertThat(OrderProgressPolicy.next(ON_THE_WAY, COOKING)).isEqualTo(ON_THE_WAY);
	}

	@Test
	void aTerminalStatusIsFinal() {
		assertThat(OrderProgressPolicy.next(DELIVERED, CANCELLED)).isEqualTo(DELIVERED);
		assertThat(OrderProgressPolicy.next(CANCELLED, DELIVERED)).isEqualTo(CANCELLED);
	}

	@Test
	void anActiveOrderMayBeCancelled() {
		assertThat(OrderProgressPolicy.next(COOKING, CANCELLED)).isEqualTo(CANCELLED);
	}

}
