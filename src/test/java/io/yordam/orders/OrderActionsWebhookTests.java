package io.yordam.orders;

import java.util.List;
import java.util.UUID;

import io.yordam.common.Money;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbound adapter against a server that speaks the platform's side of the protocol:
 * the built-in demo platform verifies the signature and honours the idempotency key.
 */
@YordamTest
@TestPropertySource(properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
class OrderActionsWebhookTests {

	@LocalServerPort
	int port;

	@Autowired
	OrderActions actions;

	@Test
	void anActionReachesThePlatformSignedAndOncePerKey() {
		String key = "refund-" + UUID.randomUUID();
		OrderAction refund = new OrderAction.Refund(new OrderId("o-webhook-1"), Money.som(9000), "late delivery");
		OrderActions.ActionReceipt first = this.actions.request(refund, key);
		OrderActions.ActionReceipt retry = this.actions.request(refund, key);
		assertThat(first.platformStatus()).isEqualTo(202);
		assertThat(first.platformReference()).isNotBlank();
		assertThat(retry.platformReference()).isEqualTo(first.platformReference());

		JsonNode received = new Http(this.port).get("/demo/api/platform/actions").send().json();
		List<JsonNode> mine = new java.util.ArrayList<>();
		received.forEach(a -> {
			if (key.equals(a.path("idempotencyKey").asString())) {
				mine.add(a);
			}
		});
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).path("type").asString()).isEqualTo("order.refund");
		assertThat(mine.get(0).path("amount").asLong()).isEqualTo(9000);
	}

	@Test
	void everyActionTypeHasItsWireFields() {
		assertThat(PlatformWebhookOrderActions
			.payload(new OrderAction.CreditBonus(new OrderId("o-1"), "c-1", Money.som(15000), "missing item"), "k-1"))
			.containsEntry("type", "customer.credit_bonus")
			.containsEntry("customerId", "c-1")
			.containsEntry("amount", 15000L)
			.containsEntry("idempotencyKey", "k-1");
		assertThat(PlatformWebhookOrderActions
			.payload(new OrderAction.Redeliver(new OrderId("o-1"), List.of("plov"), true), "k-2"))
			.containsEntry("type", "order.redeliver")
			.containsEntry("skus", List.of("plov"))
			.containsEntry("freeDelivery", true);
		assertThat(PlatformWebhookOrderActions.payload(new OrderAction.SwitchToCash(new OrderId("o-1")), "k-3"))
			.containsEntry("type", "order.switch_to_cash")
			.containsEntry("orderId", "o-1");
	}

}
