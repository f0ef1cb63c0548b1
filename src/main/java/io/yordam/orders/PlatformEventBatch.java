package io.yordam.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/platform/events/batch}: up to {@value #MAX_EVENTS}
 * events, each exactly as the single door takes it (docs/integration.md). A platform that
 * sends thousands of events a second sends them this way: one request, one signature, one
 * transaction.
 */
record PlatformEventBatch(@NotEmpty @Size(max = MAX_EVENTS) List<@NotNull @Valid PlatformEventPayload> events) {

	static final int MAX_EVENTS = 100;

}
