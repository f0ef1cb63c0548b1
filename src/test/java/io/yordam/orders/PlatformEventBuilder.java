package io.yordam.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds platform events as the delivery platform sends them (a map, serialised to JSON).
 */
public final class PlatformEventBuilder {

	private String eventId = "evt-" + UUID.randomUUID();

	private String type = "order.created";

	private Instant occurredAt = Instant.parse("2026-11-23T09:00:00Z");

	private String orderId = "o-" + UUID.randomUUID().toString().substring(0, 8);

	private String number = "E24-" + (100000 + (int) (Math.random() * 899999));

	private String customerId = "c-0001";

	private String customerName = "Dilnoza Karimova";

	private String customerLocale = "uz";

	private String customerPhone = "+998901234567";

	private String status = "CREATED";

	private String paymentStatus = "PAID";

	private String paymentMethod = "CARD";

	private Map<String, Object> courier;

	private final List<Map<String, Object>> timeline = new ArrayList<>();

	private List<Map<String, Object>> items = List.of(
			Map.of("sku", "plov", "name", "Плов по-ташкентски", "quantity", 2, "unitPrice", 45000),
			Map.of("sku", "non", "name", "Non", "quantity", 1, "unitPrice", 5000));

	private Instant deliveredAt;

	private Instant promisedAt;

	private Instant eta;

	/**
	 * The promised time and the live ETA (by default 45 and 40 minutes after the event).
	 */
	public PlatformEventBuilder promised(Instant promisedAt, Instant eta) {
		this.promisedAt = promisedAt;
		this.eta = eta;
		return this;
	}

	public static PlatformEventBuilder anOrderEvent() {
		return new PlatformEventBuilder();
	}

	public PlatformEventBuilder id(String id) {
		this.eventId = id;
		return this;
	}

	public PlatformEventBuilder type(String type) {
		this.type = type;
		return this;
	}

	public PlatformEventBuilder at(Instant at) {
		this.occurredAt = at;
		return this;
	}

	public PlatformEventBuilder order(String orderId) {
		this.orderId = orderId;
		return this;
	}

	public PlatformEventBuilder number(String number) {
		this.number = number;
		return this;
	}

	public PlatformEventBuilder customer(String id, String name, String locale) {
		this.customerId = id;
		this.customerName = name;
		this.customerLocale = locale;
		return this;
	}

	public PlatformEventBuilder status(String status) {
		this.status = status;
		return this;
	}

	public PlatformEventBuilder payment(String method, String status) {
		this.paymentMethod = method;
		this.paymentStatus = status;
		return this;
	}

	public PlatformEventBuilder courier(String id, String name, String phone) {
		this.courier = Map.of("id", id, "name", name, "phone", phone);
		return this;
	}

	public PlatformEventBuilder step(String status, Instant at) {
		this.timeline.add(Map.of("status", status, "at", at.toString()));
		return this;
	}

	/** The order's lines: sku, name, quantity and unit price each. */
	public PlatformEventBuilder items(List<Map<String, Object>> lines) {
		this.items = List.copyOf(lines);
		return this;
	}

	public static Map<String, Object> line(String sku, String name, int quantity, long unitPrice) {
		return Map.of("sku", sku, "name", name, "quantity", quantity, "unitPrice", unitPrice);
	}

	public PlatformEventBuilder deliveredAt(Instant at) {
		this.deliveredAt = at;
		return this;
	}

	public String number() {
		return this.number;
	}

	/** Sends the event, signed, to Yordam's platform endpoint; it must be taken. */
	public PlatformEventBuilder sendTo(io.yordam.support.Http http, PlatformSignature signature) {
		byte[] body = io.yordam.support.Http.toJson(build());
		io.yordam.support.Http.Response response = http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", signature.sign(body))
			.send();
		org.assertj.core.api.Assertions.assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return this;
	}

	public String orderId() {
		return this.orderId;
	}

	public String eventId() {
		return this.eventId;
	}

	public Map<String, Object> build() {
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("id", this.orderId);
		order.put("number", this.number);
		order.put("city", "Tashkent");
		order.put("customer", Map.of("id", this.customerId, "name", this.customerName, "phone", this.customerPhone,
				"locale", this.customerLocale));
		order.put("restaurant", Map.of("id", "r-1", "name", "Rayhon Milliy Taomlar"));
		order.put("courier", this.courier);
		order.put("items", this.items);
		order.put("deliveryFee", 9000);
		order.put("total", 104000);
		order.put("currency", "UZS");
		order.put("payment", Map.of("method", this.paymentMethod, "status", this.paymentStatus));
		order.put("status", this.status);
		order.put("promisedAt",
				((this.promisedAt != null) ? this.promisedAt : this.occurredAt.plus(Duration.ofMinutes(45)))
					.toString());
		order.put("eta", ((this.eta != null) ? this.eta : this.occurredAt.plus(Duration.ofMinutes(40))).toString());
		order.put("deliveredAt", (this.deliveredAt != null) ? this.deliveredAt.toString() : null);
		List<Map<String, Object>> steps = new ArrayList<>(this.timeline);
		if (steps.isEmpty()) {
			steps.add(Map.of("status", "CREATED", "at", this.occurredAt.toString()));
		}
		order.put("timeline", steps);
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("id", this.eventId);
		event.put("type", this.type);
		event.put("occurredAt", this.occurredAt.toString());
		event.put("order", order);
		if (this.delayReason != null) {
			event.put("delayReason", this.delayReason);
		}
		if (this.cancelledItem != null) {
			event.put("cancelledItem", Map.of("sku", "x-1", "name", this.cancelledItem));
		}
		return event;
	}

	private String delayReason;

	private String cancelledItem;

	/** Why the arrival time moved ({@code order.eta_changed}). */
	public PlatformEventBuilder delayReason(String reason) {
		this.delayReason = reason;
		return this;
	}

	/** The item the restaurant cancelled ({@code order.item_cancelled}). */
	public PlatformEventBuilder cancelledItem(String name) {
		this.cancelledItem = name;
		return this;
	}

	/** The customer's phone, as the platform writes it. */
	public PlatformEventBuilder customerPhone(String phone) {
		this.customerPhone = phone;
		return this;
	}

}
