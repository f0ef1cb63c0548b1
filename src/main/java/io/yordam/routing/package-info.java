/**
 * Routing: agents' availability (online, away, offline), skills and capacity; waiting
 * tickets offered to the best eligible online agent; the customer's place in the queue
 * and an honest wait estimate. API: {@link io.yordam.routing.AgentRoster},
 * {@link io.yordam.routing.AgentAvailabilityChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package io.yordam.routing;
