package io.yordam.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.yordam.access.PlatformRole;
import io.yordam.access.Participant;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;
import io.yordam.tickets.TicketWorkload;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.messaging.simp.SimpMessagingTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Live queue frames when events are handled on several threads at once: the customer's
 * last frame matches the ticket's last state.
 */
class QueueBroadcastTests {

	static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

	final SimpMessagingTemplate broker = mock(SimpMessagingTemplate.class);

	final TicketWorkload workload = mock(TicketWorkload.class);

	final QueuePlaces places = mock(QueuePlaces.class);

	final QueueBroadcast broadcast = new QueueBroadcast(this.broker, this.workload, this.places, Duration.ofMillis(10));

	final TicketId id = new TicketId(UUID.randomUUID());

	final UUID conversation = UUID.randomUUID();

	TicketSummary waiting() {
		return new TicketSummary(this.id, 1001, this.conversation, "c-0001", PlatformRole.CUSTOMER, "Алексей Смирнов",
				TicketLine.CUSTOMERS_PARTNERS, TicketStatus.OPEN, TicketPriority.NORMAL,
				TicketCategory.GENERAL_QUESTION, Set.of(), null, null, null, "Позовите оператора", T0, T0, null, null,
				"ru", EscalationLevel.FIRST_LINE, 0);
	}

	TicketChanged changed(TicketChanged.Change change, String assignee) {
		return new TicketChanged(this.id, 1001, this.conversation, Participant.customer("c-0001"),
				TicketLine.CUSTOMERS_PARTNERS, TicketStatus.OPEN, TicketPriority.NORMAL,
				TicketCategory.GENERAL_QUESTION, "Позовите оператора", assignee, change, T0, T0);
	}

	@org.junit.jupiter.api.AfterEach
	void stop() {
		this.broadcast.stop();
	}

	@Test
	void aBurstOfChangesIsOnePass() {
		when(this.workload.waiting(anyInt())).thenReturn(List.of());
		for (int i = 0; i < 50; i++) {
			this.broadcast.on(changed(TicketChanged.Change.OPENED, null));
		}
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> verify(this.workload, org.mockito.Mockito.times(1)).waiting(anyInt()));
		// And it stays one: no pass is left behind for the burst (ten gaps long).
		org.awaitility.Awaitility.await()
			.during(Duration.ofMillis(100))
			.atMost(Duration.ofSeconds(1))
			.untilAsserted(() -> verify(this.workload, org.mockito.Mockito.times(1)).waiting(anyInt()));
	}

	@Test
	void aPassReadBeforeTheAssignmentIsNotTheCustomersLastWord() throws Exception {
		// The hand-off's pass reads the ticket as waiting; the assignment commits and is
		// handled while that pass is still sending.
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch assigned = new CountDownLatch(1);
		AtomicInteger reads = new AtomicInteger();
		when(this.workload.waiting(anyInt())).thenAnswer(call -> {
			if (reads.getAndIncrement() == 0) {
				reading.countDown();
				assertThat(assigned.await(10, TimeUnit.SECONDS)).isTrue();
				return List.of(waiting());
			}
			return List.of();
		});
		QueuePlaces.Line line = mock(QueuePlaces.Line.class);
		when(line.estimate(org.mockito.ArgumentMatchers.anyLong()))
			.thenReturn(new WaitEstimate.Estimate(1, Duration.ofMinutes(1), false));
		when(this.places.line(any())).thenReturn(line);

		CompletableFuture<Void> handOff = CompletableFuture
			.runAsync(() -> this.broadcast.on(changed(TicketChanged.Change.STATUS, null)));
		assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
		this.broadcast.on(changed(TicketChanged.Change.ASSIGNED, UUID.randomUUID().toString()));
		assigned.countDown();
		handOff.get(10, TimeUnit.SECONDS);

		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			ArgumentCaptor<Object> frames = ArgumentCaptor.forClass(Object.class);
			verify(this.broker, atLeastOnce()).convertAndSend(eq("/topic/conversations." + this.conversation),
					frames.capture());
			assertThat(frames.getAllValues()).first().isEqualTo(new QueueMessage("queue", 1, 1L, false));
			assertThat(frames.getAllValues()).last().isEqualTo(QueueMessage.NOT_WAITING);
		});
	}

}
