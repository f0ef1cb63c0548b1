package io.yordam.tickets;

/**
 * A platform customer an agent may link a channel's contact to, as a person tells them
 * apart: the name and the last order's number (the id only travels back in the form).
 */
public record CustomerMatch(String customerId, String name, String lastOrder) {
}
