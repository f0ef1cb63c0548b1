package io.yordam.notifications;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.OperatorSummary;
import io.yordam.access.Participant;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.MessagePosted;
import io.yordam.incidents.Acting;
import io.yordam.incidents.IncidentProgressed;
import io.yordam.incidents.IncidentStatus;
import io.yordam.incidents.IncidentType;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is told of what, rule by rule. */
class NotificationPolicyTests {

	static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

	final OperatorId agent = new OperatorId(UUID.randomUUID());

	@Test
	void aTicketRoutedOrAssignedBySomeoneElseTellsItsAgent() {
		assertThat(NotificationPolicy.handOff(changed(TicketChanged.Change.ASSIGNED, TicketStatus.OPEN),
				Optional.of("system")))
			.containsExactly(this.agent);
		assertThat(NotificationPolicy.handOff(changed(TicketChanged.Change.ASSIGNED, TicketStatus.OPEN),
				Optional.of(UUID.randomUUID().toString())))
			.as("a supervisor's assignment")
			.containsExactly(this.agent);
	}

	@Test
	void anAgentWhoTookTheTicketIsNotToldNorIsAnyOtherChange() {
		assertThat(NotificationPolicy.handOff(changed(TicketChanged.Change.ASSIGNED, TicketStatus.OPEN),
				Optional.of(this.agent.toString())))
			.isEmpty();
		for (TicketChanged.Change other : EnumSet.complementOf(EnumSet.of(TicketChanged.Change.ASSIGNED))) {
			assertThat(NotificationPolicy.handOff(changed(other, TicketStatus.OPEN), Optional.of("system")))
				.as(other.wire())
				.isEmpty();
		}
		assertThat(NotificationPolicy.handOff(changed(TicketChanged.Change.ASSIGNED, TicketStatus.CLOSED),
				Optional.of("system")))
			.isEmpty();
	}

	@Test
	void onlyTheCustomersOwnMessageOnAHeldTicketTellsItsAgent() {
		var held = NotificationModuleTests.ticket(this.agent.value(), TicketStatus.PENDING_CUSTOMER);
		assertThat(NotificationPolicy.customerReply(message(AuthorKind.PARTICIPANT), held)).containsExactly(this.agent);
		for (AuthorKind other : List.of(AuthorKind.AGENT, AuthorKind.BOT, AuthorKind.SYSTEM)) {
			assertThat(NotificationPolicy.customerReply(message(other), held)).as(other.name()).isEmpty();
		}
		assertThat(NotificationPolicy.customerReply(message(AuthorKind.PARTICIPANT),
				NotificationModuleTests.ticket(null, TicketStatus.NEW)))
			.as("nobody holds it: the queue shows it")
			.isEmpty();
		assertThat(NotificationPolicy.customerReply(message(AuthorKind.PARTICIPANT),
				NotificationModuleTests.ticket(this.agent.value(), TicketStatus.CLOSED)))
			.as("a closed ticket's follow-up is a new ticket, routed")
			.isEmpty();
	}

	@Test
	void anApprovalTellsThoseWhoMayDecideItOnlyWhileItWaits() {
		OperatorSummary agentOnly = new OperatorSummary(this.agent, "Dilnoza", OperatorRole.AGENT);
		OperatorSummary supervisor = new OperatorSummary(new OperatorId(UUID.randomUUID()), "Timur",
				OperatorRole.SUPERVISOR);
		OperatorSummary admin = new OperatorSummary(new OperatorId(UUID.randomUUID()), "Malika", OperatorRole.ADMIN);
		List<OperatorSummary> staff = List.of(agentOnly, supervisor, admin);
		assertThat(NotificationPolicy.approval(progressed(IncidentStatus.AWAITING_APPROVAL), staff))
			.containsExactly(supervisor.id(), admin.id());
		for (IncidentStatus other : EnumSet.complementOf(EnumSet.of(IncidentStatus.AWAITING_APPROVAL))) {
			assertThat(NotificationPolicy.approval(progressed(other), staff)).as(other.name()).isEmpty();
		}
	}

	@Test
	void settingsWithoutAKindDoNotWantIt() {
		assertThat(NotificationSettings.DEFAULTS.kinds()).containsExactlyInAnyOrder(NotificationKind.values());
		NotificationSettings handOffsOnly = new NotificationSettings(false, true, EnumSet.of(NotificationKind.HANDOFF));
		assertThat(handOffsOnly.wants(NotificationKind.HANDOFF)).isTrue();
		assertThat(handOffsOnly.wants(NotificationKind.CUSTOMER_REPLY)).isFalse();
		assertThat(new NotificationSettings(true, true, EnumSet.noneOf(NotificationKind.class)).kinds()).isEmpty();
	}

	@Test
	void aDraftKeepsItsTextsWithinTheirColumns() {
		NotificationDraft draft = new NotificationDraft("reply:1", NotificationKind.CUSTOMER_REPLY, List.of(this.agent),
				null, 1L, "  ", "E24-1", "x".repeat(300), null);
		assertThat(draft.detail()).hasSize(200).endsWith("…");
		assertThat(draft.customerName()).isNull();
	}

	TicketChanged changed(TicketChanged.Change change, TicketStatus status) {
		return new TicketChanged(new TicketId(UUID.randomUUID()), 1042, UUID.randomUUID(), Participant.customer("c-1"),
				TicketLine.CUSTOMERS_PARTNERS, status, TicketPriority.NORMAL, TicketCategory.GENERAL_QUESTION, "?",
				this.agent.toString(), change, T0, T0, "ru", EscalationLevel.FIRST_LINE, 0);
	}

	static MessagePosted message(AuthorKind author) {
		return new MessagePosted(new ConversationId(UUID.randomUUID()), UUID.randomUUID(), 3, author, "c-1", "Алло?",
				T0, null);
	}

	static IncidentProgressed progressed(IncidentStatus status) {
		return new IncidentProgressed(UUID.randomUUID(), UUID.randomUUID(), "dm-1", IncidentType.LATE_DELIVERY, status,
				Acting.Role.AGENT);
	}

}
