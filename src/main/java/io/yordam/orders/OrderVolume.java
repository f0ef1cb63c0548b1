package io.yordam.orders;

/**
 * How many orders one restaurant, courier, city or menu item had: the denominator of the
 * incident scorecards. {@code key} identifies (a menu item's sku), {@code label} is what
 * a person reads.
 */
public record OrderVolume(String key, String label, long orders) {

	/** What the orders are counted by. */
	public enum By {

		RESTAURANT, COURIER, CITY, ITEM

	}

}
