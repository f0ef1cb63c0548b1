/**
 * Service levels: the policies that promise a first response, a next response and a
 * resolution per kind of ticket, the clocks each ticket carries against them (started,
 * paused, resumed and stopped with the ticket's own changes), and the persisted timers
 * that warn at 75% and record a breach exactly once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service levels")
package io.yordam.sla;
