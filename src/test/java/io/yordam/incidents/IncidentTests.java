package io.yordam.incidents;

import java.time.Instant;
import java.util.UUID;

import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident's own verbs, without the application: where it is decides what it may do.
 */
class IncidentTests {

	static final Instant NOW = OrderViewBuilder.PROMISED.plusSeconds(7200);

	static String rule(Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolationException ex) {
			return ex.status() + " " + ex.rule();
		}
		catch (InvalidInputException ex) {
			return "400 " + ex.violations().get(0).field() + " " + ex.violations().get(0).rule();
		}
		return null;
	}

	@Test
	void anOptionIsChosenOnceTheSameChoiceAgainChangesNothingAnotherIsRefused() {
		Incident incident = IncidentBuilder.anIncident().build();
		assertThat(incident.choose("COMPENSATION", "customer", NOW)).isTrue();
		assertThat(incident.choose("COMPENSATION", "Dilnoza", NOW)).isFalse();
		assertThat(incident.offering().chosenBy()).isEqualTo("customer");
		assertThat(rule(() -> incident.choose("FREE_DELIVERY", "customer", NOW)))
			.isEqualTo("409 incident-already-chosen");
		assertThat(incident.offering().chosen().option()).isEqualTo("COMPENSATION");
	}

	@Test
	void onlyAnOptionOfferedIsOneAndItIsNamed() {
		Incident incident = IncidentBuilder.anIncident().build();
		assertThat(incident.offering().offered("FREE_DELIVERY").refund()).isEqualTo(9_000);
		assertThat(rule(() -> incident.offering().offered("CASH_PRIZE"))).isEqualTo("400 option offered");
	}

	@Test
	void aRefusedIncidentOffersNothingMore() {
		Incident incident = IncidentBuilder.anIncident().build();
		incident.choose("COMPENSATION", "customer", NOW);
		incident.awaitApproval("over-action-limit", NOW);
		incident.refuse("sup-1", "Aziz", "Not this time", NOW);
		assertThat(incident.status()).isEqualTo(IncidentStatus.REFUSED);
		assertThat(rule(() -> incident.choose("FREE_DELIVERY", "customer", NOW)))
			.isEqualTo("409 incident-already-chosen");
		Incident fresh = IncidentBuilder.anIncident().build();
		fresh.awaitApproval("abuse-signal", NOW);
		assertThat(rule(() -> fresh.choose("COMPENSATION", "customer", NOW))).isEqualTo("409 incident-not-offered");
	}

	@Test
	void aSupervisorDecidesOnlyWhatWaitsAndNeverTheirOwnRequest() {
		Incident incident = IncidentBuilder.anIncident().build();
		incident.choose("COMPENSATION", "customer", NOW);
		assertThat(rule(() -> incident.approve("sup-1", "Aziz", null, NOW))).isEqualTo("409 incident-not-awaiting");
		incident.awaitApproval("over-action-limit", NOW);
		assertThat(rule(() -> incident.approve(IncidentBuilder.AGENT.id(), "Dilnoza", null, NOW)))
			.isEqualTo("403 own-approval");
		assertThat(rule(() -> incident.approve("sup-1", "Aziz", "x".repeat(501), NOW))).isEqualTo("400 note length");
		incident.approve("sup-1", "Aziz", "Fine", NOW);
		IncidentView view = incident.view(null);
		assertThat(view.approvalReason()).isEqualTo("over-action-limit");
		assertThat(view.decidedBy()).isEqualTo("Aziz");
		assertThat(view.decisionNote()).isEqualTo("Fine");
	}

	@Test
	void withNothingToAskThePlatformTheIncidentIsResolvedAtOnce() {
		Incident incident = IncidentBuilder.anIncident().build();
		incident.choose("COMPENSATION", "customer", NOW);
		incident.carriedOut(20_000, 0, NOW);
		assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
		assertThat(incident.view(null).resolvedAt()).isEqualTo(NOW);
		assertThat(incident.view(null).cost()).isEqualTo(20_000);
	}

	@Test
	void aDeclinedCardCarriedOutIsTheCustomersFaultWithNobodyToRecordIt() {
		Incident unpaid = IncidentBuilder.anIncident()
			.on(OrderViewBuilder.anOrder()
				.active(io.yordam.orders.OrderStatus.COOKING)
				.paid(io.yordam.orders.PaymentMethod.CARD, io.yordam.orders.PaymentStatus.FAILED)
				.build())
			.of(IncidentType.UNPAID_ORDER, IncidentFacts.none())
			.requestedBy(Acting.SYSTEM)
			.build();
		unpaid.choose("PAY_CASH", "customer", NOW);
		unpaid.carriedOut(0, 1, NOW);
		assertThat(unpaid.view(null).fault()).isNull();
		assertThat(unpaid.platformSettled("order.switch_to_cash", true, null, NOW))
			.isEqualTo(Incident.Settlement.ALL_DONE);
		IncidentView view = unpaid.view(null);
		assertThat(view.fault()).isEqualTo(Fault.CUSTOMER);
		assertThat(view.faultBy()).isEqualTo("Yordam");
		// Any other claim's fault is an operator's finding.
		Incident late = IncidentBuilder.anIncident().build();
		late.choose("COMPENSATION", "customer", NOW);
		late.carriedOut(20_000, 0, NOW);
		assertThat(late.view(null).fault()).isNull();
	}

	@Test
	void anUnpaidOrderAskedAboutAgainBeforeAChoiceMovesToTheChatAsking() {
		Incident unpaid = IncidentBuilder.anIncident()
			.on(OrderViewBuilder.anOrder()
				.active(io.yordam.orders.OrderStatus.COOKING)
				.paid(io.yordam.orders.PaymentMethod.CARD, io.yordam.orders.PaymentStatus.FAILED)
				.build())
			.of(IncidentType.UNPAID_ORDER, IncidentFacts.none())
			.requestedBy(Acting.SYSTEM)
			.build();
		UUID ticket = UUID.randomUUID();
		UUID chat = UUID.randomUUID();
		unpaid.offerAgainIn(ticket, chat, NOW);
		assertThat(unpaid.ticketId()).isEqualTo(ticket);
		assertThat(unpaid.conversationId()).isEqualTo(chat);
		unpaid.choose("RETRY_PAYMENT", "customer", NOW);
		assertThat(rule(() -> unpaid.offerAgainIn(ticket, chat, NOW))).isEqualTo("409 incident-not-offered");
	}

	@Test
	void itIsDoneWhenThePlatformHasDoneEachRequestAndStopsAtARefusal() {
		Incident done = IncidentBuilder.anIncident().build();
		done.choose("COMPENSATION", "customer", NOW);
		done.carriedOut(20_000, 2, NOW);
		assertThat(done.status()).isEqualTo(IncidentStatus.IN_PROGRESS);
		assertThat(done.platformSettled("order.credit_bonus", true, null, NOW))
			.isEqualTo(Incident.Settlement.STILL_PENDING);
		assertThat(done.platformSettled("order.refund", true, null, NOW)).isEqualTo(Incident.Settlement.ALL_DONE);
		assertThat(done.status()).isEqualTo(IncidentStatus.RESOLVED);

		Incident refused = IncidentBuilder.anIncident().build();
		refused.choose("COMPENSATION", "customer", NOW);
		refused.carriedOut(20_000, 2, NOW);
		assertThat(refused.platformSettled("order.credit_bonus", false, "422 no such customer", NOW))
			.isEqualTo(Incident.Settlement.REFUSED);
		assertThat(refused.status()).isEqualTo(IncidentStatus.PLATFORM_REFUSED);
		// The other request's answer does not make it done: a person takes it from here.
		assertThat(refused.platformSettled("order.refund", true, null, NOW))
			.isEqualTo(Incident.Settlement.STILL_PENDING);
		assertThat(refused.status()).isEqualTo(IncidentStatus.PLATFORM_REFUSED);
	}

	@Test
	void theFaultComesOnceTheCustomerIsServed() {
		Incident incident = IncidentBuilder.anIncident().build();
		assertThat(rule(() -> incident.attributeFault(Fault.COURIER, "Late pickup", "Dilnoza", NOW)))
			.isEqualTo("409 customer-first");
		incident.choose("COMPENSATION", "customer", NOW);
		incident.awaitApproval("over-action-limit", NOW);
		assertThat(rule(() -> incident.attributeFault(Fault.COURIER, "Late pickup", "Dilnoza", NOW)))
			.isEqualTo("409 customer-first");
		incident.refuse("sup-1", "Aziz", null, NOW);
		incident.attributeFault(Fault.COURIER, "Late pickup", "Dilnoza", NOW);
		assertThat(incident.fault()).isEqualTo(new FaultFinding(Fault.COURIER, "Late pickup", "Dilnoza"));
	}

	@Test
	void anIncidentJoinsTheFirstTicketOnly() {
		Incident incident = IncidentBuilder.anIncident().withoutTicket().build();
		UUID first = UUID.randomUUID();
		incident.attachTo(first);
		incident.attachTo(UUID.randomUUID());
		assertThat(incident.ticketId()).isEqualTo(first);
	}

	@Test
	void itsTrailNamesEachStepAndWhoTookIt() {
		Incident incident = IncidentBuilder.anIncident().build();
		incident.choose("COMPENSATION", "customer", NOW);
		incident.carriedOut(20_000, 1, NOW);
		incident.platformSettled("order.credit_bonus", true, "ok", NOW);
		incident.attributeFault(Fault.RESTAURANT, "x".repeat(1200), "Dilnoza", NOW);
		assertThat(incident.view(null).log()).extracting(IncidentView.Step::action)
			.containsExactly("opened", "chosen", "carried-out", "platform-done", "fault");
		assertThat(incident.view(null).log()).extracting(IncidentView.Step::actor)
			.containsExactly("Dilnoza", "customer", "Yordam", "platform", "Dilnoza");
		// A trail line is bounded like its column.
		assertThat(incident.view(null).log().get(4).detail()).hasSize(1000);
	}

}
