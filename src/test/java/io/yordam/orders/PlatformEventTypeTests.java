package io.yordam.orders;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's event types: every name the edge accepts is one type, and an
 * {@link OrderSynced} stored in the publication registry keeps the platform's name.
 */
class PlatformEventTypeTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void everyNameTheEdgeAcceptsIsOneTypeAndBack() throws Exception {
		String accepted = PlatformEventPayload.class.getDeclaredField("type")
			.getAnnotation(jakarta.validation.constraints.Pattern.class)
			.regexp();
		String[] names = accepted.replace("\\.", ".").split("\\|");
		assertThat(names).hasSize(PlatformEventType.values().length);
		for (String name : names) {
			assertThat(PlatformEventType.ofWire(name).wire()).isEqualTo(name);
		}
		assertThat(Arrays.stream(PlatformEventType.values()).map(PlatformEventType::wire))
			.allMatch(name -> Pattern.matches(accepted, name));
		assertThatThrownBy(() -> PlatformEventType.ofWire("order.teleported"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void isStoredAsThePlatformsName() {
		assertThat(JSON.writeValueAsString(PlatformEventType.PAYMENT_FAILED)).isEqualTo("\"order.payment_failed\"");
		assertThat(JSON.readValue("\"order.created\"", PlatformEventType.class))
			.isEqualTo(PlatformEventType.ORDER_CREATED);
	}

}
