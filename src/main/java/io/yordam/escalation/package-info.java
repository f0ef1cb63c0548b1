/**
 * Escalation: the admins' rules that move a ticket up (to the second line or a
 * supervisor) when its service level is breached, when it is reopened again and again,
 * when a VIP waits, when the customer is angry, or when an agent asks for it with a
 * reason; each trigger escalates a ticket once, raises its priority and tells the staff
 * live.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation")
package io.yordam.escalation;
