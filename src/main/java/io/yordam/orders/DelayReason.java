package io.yordam.orders;

/**
 * Why the platform says an order's arrival time moved ({@code delayReason} of
 * {@code order.eta_changed}, optional): the customer is told the reason in their
 * language.
 */
public enum DelayReason {

	/** The restaurant is cooking longer. */
	KITCHEN,
	/** The courier is in traffic. */
	TRAFFIC,
	/** Rain, snow, heat: couriers ride slower. */
	WEATHER,
	/** Many orders at once. */
	DEMAND,
	/** The order went to another courier. */
	COURIER

}
