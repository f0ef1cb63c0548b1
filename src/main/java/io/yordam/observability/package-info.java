/**
 * What operators of the platform watch while a storm is on: the desk's business figures
 * as metrics (messages in and out, the bot's answer time, what waits per line, tickets at
 * SLA risk, the outbox's and the event registry's backlog), and the conversation, ticket
 * and order ids on every log line where they are known. Reads the other modules through
 * their published figures and events only; nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Observability",
		allowedDependencies = { "common", "access", "conversations", "tickets", "sla", "orders" })
package io.yordam.observability;
