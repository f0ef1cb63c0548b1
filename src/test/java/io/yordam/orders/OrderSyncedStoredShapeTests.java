package io.yordam.orders;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event publication registry keeps an {@link OrderSynced} as JSON: one stored before
 * it carried {@code firstSeen} is read back (as not first seen), so a pending publication
 * survives the upgrade.
 */
class OrderSyncedStoredShapeTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anEventStoredWithoutFirstSeenIsReadBack() {
		OrderSynced now = new OrderSynced(new OrderId("o-1"), "E24-1", PlatformEventType.ORDER_CREATED,
				OrderStatus.CREATED, PaymentStatus.PAID, "Toshkent", "c-1", "Aziza", "+998901234567", "uz",
				Instant.parse("2026-11-23T08:00:00Z"), Instant.parse("2026-11-23T08:00:00Z"), true);
		String stored = JSON.writeValueAsString(now);
		assertThat(stored).contains("\"firstSeen\":true");
		String before = stored.replace(",\"firstSeen\":true", "");
		assertThat(before).doesNotContain("firstSeen");
		OrderSynced read = JSON.readValue(before, OrderSynced.class);
		assertThat(read.firstSeen()).isFalse();
		assertThat(JSON.readValue(stored, OrderSynced.class)).isEqualTo(now);
		assertThat(read.orderId()).isEqualTo(now.orderId());
		assertThat(read.eventType()).isEqualTo(PlatformEventType.ORDER_CREATED);
	}

}
