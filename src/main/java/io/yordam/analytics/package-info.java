/**
 * Analytics: the service's KPIs (response, handling and resolution times, first-contact
 * resolution, reopens, contacts and compensation per 1,000 orders, backlog; SLA
 * attainment and bot containment read from their modules), kept as rollups per local hour
 * and per dimension (channel, line, agent, city, restaurant, courier, contact reason,
 * dish) as the other modules' events arrive, each event counted once; the manager's
 * morning dashboard with its cuts, drill-down and CSV; the restaurants, dishes, couriers
 * and cities whose contact rate rose against their own baseline; retention after contact;
 * the knowledge gaps beside the articles' views and deflection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package io.yordam.analytics;
