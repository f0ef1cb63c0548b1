package io.yordam.orders;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/platform/events}: see docs/integration.md. Amounts and
 * quantities have sane upper bounds, so that no sum support computes from an order (its
 * lines, a refund, a compensation) can come near a long's range: a unit price of at most
 * {@value #MAX_UNIT_PRICE} so'm, at most {@value #MAX_QUANTITY} of a line, at most
 * {@value #MAX_LINES} lines, a fee and a total of at most {@value #MAX_UNIT_PRICE} and
 * {@value #MAX_TOTAL} so'm.
 */
@PlatformEventPayload.ItemNamed
record PlatformEventPayload(@NotBlank @Size(max = 100) String id, @NotNull @Pattern(
		regexp = "order\\.created|order\\.status_changed|order\\.eta_changed|order\\.payment_failed|order\\.payment_succeeded|courier\\.assigned|order\\.delivered|order\\.cancelled|order\\.item_cancelled|courier\\.near",
		message = "must be one of the documented event types") String type,
		@NotNull @PlausibleInstant Instant occurredAt, @NotNull @Valid OrderPayload order, DelayReason delayReason,
		@Valid CancelledItemPayload cancelledItem) {

	/** What the event says beyond the order's state. */
	NewsOfOrder news() {
		return new NewsOfOrder(this.delayReason, (this.cancelledItem != null) ? this.cancelledItem.name() : null);
	}

	/** The item the restaurant could not make, as the app named it. */
	record CancelledItemPayload(@Size(max = 64) String sku, @NotBlank @Size(max = 200) String name) {
	}

	/**
	 * {@code order.item_cancelled} names its item: a notice that something was cancelled,
	 * without saying what, would make the customer write.
	 */
	@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@jakarta.validation.Constraint(validatedBy = ItemNamed.Check.class)
	@interface ItemNamed {

		String message() default "is required for order.item_cancelled";

		Class<?>[] groups() default {};

		Class<? extends jakarta.validation.Payload>[] payload() default {};

		class Check implements jakarta.validation.ConstraintValidator<ItemNamed, PlatformEventPayload> {

			@Override
			public boolean isValid(PlatformEventPayload event, jakarta.validation.ConstraintValidatorContext context) {
				if (event == null || !"order.item_cancelled".equals(event.type()) || event.cancelledItem() != null) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode("cancelledItem")
					.addConstraintViolation();
				return false;
			}

		}

	}

	static final long MAX_UNIT_PRICE = 100_000_000L;

	static final int MAX_QUANTITY = 1000;

	static final int MAX_LINES = 200;

	static final long MAX_TOTAL = 10_000_000_000L;

	record OrderPayload(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 32) String number,
			@NotBlank @Size(max = 64) String city, @NotNull @Valid PartyPayload customer,
			@NotNull @Valid RestaurantPayload restaurant, @Valid PartyPayload courier,
			@NotEmpty @Size(max = MAX_LINES) List<@NotNull @Valid ItemPayload> items,
			@NotNull @PositiveOrZero @Max(value = MAX_UNIT_PRICE,
					message = "must be at most 100 000 000 so'm") Long deliveryFee,
			@NotNull @PositiveOrZero @Max(value = MAX_TOTAL,
					message = "must be at most 10 000 000 000 so'm") Long total,
			@NotNull @Pattern(regexp = "UZS", message = "must be UZS") String currency,
			@NotNull @Valid PaymentPayload payment, @NotNull OrderStatus status, @PlausibleInstant Instant promisedAt,
			@PlausibleInstant Instant eta, @PlausibleInstant Instant deliveredAt,
			@NotNull @Size(max = 100) List<@NotNull @Valid StepPayload> timeline) {

		OrderSnapshot snapshot() {
			return new OrderSnapshot(this.id, this.number, this.city, this.customer.id(), this.customer.name(),
					this.customer.phone(), this.customer.locale(), this.restaurant.id(), this.restaurant.name(),
					(this.courier != null) ? this.courier.id() : null,
					(this.courier != null) ? this.courier.name() : null,
					(this.courier != null) ? this.courier.phone() : null,
					this.items.stream()
						.map(i -> new OrderLine(i.sku(), i.name(), i.quantity(), i.unitPrice()))
						.toList(),
					this.deliveryFee, this.total, this.currency, this.payment.method(), this.payment.status(),
					this.status, this.promisedAt, this.eta, this.deliveredAt,
					this.timeline.stream().map(s -> new StatusChange(s.status(), s.at())).toList());
		}

	}

	record PartyPayload(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 200) String name,
			@Size(max = 32) String phone,
			@Pattern(regexp = "ru|uz|en", message = "must be ru, uz or en") String locale) {
	}

	record RestaurantPayload(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 200) String name) {
	}

	record ItemPayload(@NotBlank @Size(max = 64) String sku, @NotBlank @Size(max = 200) String name,
			@NotNull @Positive @Max(value = MAX_QUANTITY, message = "must be at most 1000") Integer quantity,
			@NotNull @PositiveOrZero @Max(value = MAX_UNIT_PRICE,
					message = "must be at most 100 000 000 so'm") Long unitPrice) {
	}

	record PaymentPayload(@NotNull PaymentMethod method, @NotNull PaymentStatus status) {
	}

	record StepPayload(@NotNull OrderStatus status, @NotNull @PlausibleInstant Instant at) {
	}

}
