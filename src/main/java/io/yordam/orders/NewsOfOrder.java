package io.yordam.orders;

/**
 * What an event says beyond the order's new state, when the platform says it: why the
 * arrival time moved, which item the restaurant cancelled. Either may be null.
 *
 * @param delayReason why the arrival time moved ({@code order.eta_changed})
 * @param cancelledItem the name of the item the restaurant could not make
 * ({@code order.item_cancelled}), as the customer saw it in the app
 */
public record NewsOfOrder(DelayReason delayReason, String cancelledItem) {

	/** An event that said nothing beyond the state. */
	public static final NewsOfOrder NONE = new NewsOfOrder(null, null);

}
