/**
 * Tickets: a conversation that needs a person, with its line, status, priority, category,
 * tags, assignee, linked order, internal notes and the audit trail of every change; the
 * agent API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tickets")
package io.yordam.tickets;
