/**
 * The phone lines, a plug-in channel: calls to the customers-and-partners line and the
 * couriers' line arrive as computer-telephony events (a signed webhook any cloud PBX can
 * call, or Asterisk's Manager Interface); a ringing call pops up in the agent's workspace
 * with the caller, their active order and open ticket; an answered call joins that ticket
 * (or a new phone ticket) and writes its times, duration and recording into the ticket's
 * timeline; a missed call or a voicemail becomes a callback ticket with an SLA of its
 * own. Off unless {@code yordam.phone.enabled}; nothing else in Yordam names it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Phone lines")
package io.yordam.phone;
