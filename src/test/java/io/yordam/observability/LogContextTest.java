package io.yordam.observability;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.yordam.common.LogContext;
import io.yordam.conversations.ConversationId;
import io.yordam.tickets.TicketId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

/** The log context's scopes put back what was there, on any thread. */
class LogContextTest {

	@AfterEach
	void clear() {
		MDC.clear();
	}

	@Test
	void aScopePutsBackWhatWasThere() {
		MDC.put(LogContext.TICKET, "outer");
		try (LogContext.Scope inner = LogContext.with(LogContext.TICKET, "inner")) {
			assertThat(MDC.get(LogContext.TICKET)).isEqualTo("inner");
		}
		assertThat(MDC.get(LogContext.TICKET)).isEqualTo("outer");
		try (LogContext.Scope none = LogContext.with(LogContext.ORDER, null)) {
			assertThat(MDC.get(LogContext.ORDER)).isNull();
		}
		try (LogContext.Scope order = LogContext.with(LogContext.ORDER, "o-1")) {
			assertThat(MDC.get(LogContext.ORDER)).isEqualTo("o-1");
		}
		assertThat(MDC.get(LogContext.ORDER)).isNull();
	}

	@Test
	void aTaskCarriesTheSubmittersIdsAndLeavesItsThreadClean() throws Exception {
		MDC.put(LogContext.CONVERSATION, "c-1");
		AtomicReference<String> seen = new AtomicReference<>();
		Runnable carried = LogContext.carry(() -> seen.set(MDC.get(LogContext.CONVERSATION)));
		MDC.clear();
		AtomicReference<String> after = new AtomicReference<>("unset");
		Thread thread = Thread.ofVirtual().start(() -> {
			carried.run();
			after.set(MDC.get(LogContext.CONVERSATION));
		});
		thread.join();
		assertThat(seen.get()).isEqualTo("c-1");
		assertThat(after.get()).isNull();
	}

	@Test
	void anEventsIdsAreFoundByTheirNames() {
		UUID conversation = UUID.randomUUID();
		UUID ticket = UUID.randomUUID();
		record Carrying(TicketId ticketId, UUID conversationId, String orderId) {
		}
		Carrying event = new Carrying(new TicketId(ticket), conversation, "order-7");
		try (LogContext.Scope ids = EventIds.of(Carrying.class).enter(event)) {
			assertThat(MDC.get(LogContext.TICKET)).isEqualTo(ticket.toString());
			assertThat(MDC.get(LogContext.CONVERSATION)).isEqualTo(conversation.toString());
			assertThat(MDC.get(LogContext.ORDER)).isEqualTo("order-7");
		}
		assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
		record Nothing(String text) {
		}
		assertThat(EventIds.of(Nothing.class).any()).isFalse();
		assertThat(EventIds.of(ConversationId.class).any()).isFalse();
	}

}
