/**
 * Notifications: what needs an operator — a ticket handed to them, a customer's reply on
 * their ticket, an approval waiting — recorded once per operator and cause, pushed live
 * to that operator alone ({@code /topic/notifications.<operator id>}), counted until read
 * (the ticket opened, or all marked read), and each operator's own settings (a sound,
 * desktop notifications, which kinds). Hears the tickets', conversations' and incidents'
 * events; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package io.yordam.notifications;
