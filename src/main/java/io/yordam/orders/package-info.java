/**
 * The mirror of the delivery platform: orders as the platform reports them through signed
 * events, and the outbound port for the actions support takes on an order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package io.yordam.orders;
