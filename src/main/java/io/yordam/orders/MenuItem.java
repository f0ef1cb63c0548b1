package io.yordam.orders;

import io.yordam.common.Money;

/**
 * One dish a restaurant sells, as far as the platform has told support: a line of an
 * order from that restaurant, at the price it was last reported at.
 *
 * @param orders how many of the restaurant's orders in the mirror had it (how likely it
 * is to be what came in a mix-up)
 */
public record MenuItem(String sku, String name, Money unitPrice, long orders) {
}
