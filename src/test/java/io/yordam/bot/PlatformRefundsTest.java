package io.yordam.bot;

import java.time.Duration;

import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformRefundsTest {

	@Test
	void aCancelledOrderWhosePaymentThePlatformReturnedIsARefund() {
		OrderView refunded = OrderViewBuilder.anOrder()
			.status(OrderStatus.CANCELLED)
			.payment(PaymentStatus.REFUNDED)
			.build();
		OrderView paid = OrderViewBuilder.anOrder().status(OrderStatus.CANCELLED).build();
		OrderView delivered = OrderViewBuilder.anOrder().status(OrderStatus.DELIVERED).build();
		assertThat(PlatformRefunds.of(java.util.List.of(paid, refunded, delivered)))
			.extracting(PlatformRefunds.Refunded::order)
			.containsExactly(refunded);
	}

	@Test
	void pastWhatBanksTakeARefundIsOverdue() {
		OrderView refunded = OrderViewBuilder.anOrder()
			.status(OrderStatus.CANCELLED)
			.payment(PaymentStatus.REFUNDED)
			.build();
		PlatformRefunds.Refunded found = PlatformRefunds.of(java.util.List.of(refunded)).get(0);
		assertThat(PlatformRefunds.overdue(found, found.at().plus(Duration.ofDays(2)))).isFalse();
		assertThat(PlatformRefunds.overdue(found, found.at().plus(Duration.ofDays(15)))).isTrue();
	}

}
