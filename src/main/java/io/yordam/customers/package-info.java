/**
 * The customer-360 read model: one profile per customer, courier or partner, built from
 * order events and conversations, with their orders and every ticket they ever had.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package io.yordam.customers;
