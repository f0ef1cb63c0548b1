package io.yordam.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.MessageView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each KPI's definition on hand-made totals, and the local hours and days they are
 * counted in.
 */
class KpiTests {

	@Test
	void firstContactResolutionIsTheShareOfFirstSolutionsThatHeld() {
		Totals totals = new Totals();
		count(totals, Metric.FIRST_RESOLVED, 4);
		count(totals, Metric.RESOLVED, 5);
		count(totals, Metric.FCR_MISSED, 1);
		count(totals, Metric.REOPENED, 1);
		assertThat(Kpi.FIRST_CONTACT_RESOLUTION.of(totals)).isEqualTo(75.0);
		assertThat(Kpi.REOPEN_RATE.of(totals)).as("one reopening per five solutions").isEqualTo(20.0);
		assertThat(Kpi.RESOLVED.of(totals)).isEqualTo(5.0);
	}

	@Test
	void ratesPer1000OrdersNeedOrdersAndSharesNeedSomethingCounted() {
		Totals totals = new Totals();
		count(totals, Metric.CONTACTS, 3);
		assertThat(Kpi.CONTACTS_PER_1000_ORDERS.of(totals)).isNull();
		assertThat(Kpi.FIRST_CONTACT_RESOLUTION.of(totals)).isNull();
		count(totals, Metric.ORDERS, 1500);
		totals.add(Metric.COMPENSATION, 0, 1, 45_000);
		totals.add(Metric.COMPENSATION, 0, 1, -15_000);
		assertThat(Kpi.CONTACTS_PER_1000_ORDERS.of(totals)).isEqualTo(2.0);
		assertThat(Kpi.COMPENSATION_PER_1000_ORDERS.of(totals)).as("a reversal takes its amount back")
			.isEqualTo(20_000.0);
	}

	@Test
	void aTileComparesWithThePreviousPeriodAndKnowsWhichWayIsBetter() {
		DashboardView.Tile faster = DashboardView.Tile.of(Kpi.FIRST_RESPONSE_P50, 90.0, 120.0);
		assertThat(faster.change()).isEqualTo(-25.0);
		assertThat(faster.better()).isTrue();
		DashboardView.Tile fewerHeld = DashboardView.Tile.of(Kpi.FIRST_CONTACT_RESOLUTION, 70.0, 80.0);
		assertThat(fewerHeld.better()).isFalse();
		assertThat(DashboardView.Tile.of(Kpi.CONTACTS, 5.0, 0.0).change()).isNull();
	}

	@Test
	void valuesReadTheSameInEveryLanguage() {
		assertThat(Kpi.FIRST_RESPONSE_P50.text(75.0)).isEqualTo("1:15");
		assertThat(Kpi.RESOLUTION_P90.text(3725.0)).isEqualTo("1:02:05");
		assertThat(Kpi.FIRST_CONTACT_RESOLUTION.text(87.5)).isEqualTo("87.5 %");
		assertThat(Kpi.COMPENSATION_PER_1000_ORDERS.text(1234567.0)).isEqualTo("1\u00a0234\u00a0567");
		assertThat(Kpi.CONTACTS.text(null)).isEqualTo("—");
	}

	@Test
	void hoursAndDaysAreTashkentsAcrossMidnight() {
		ReportZone zone = new ReportZone(ZoneId.of("Asia/Tashkent"));
		// 18:50 UTC is 23:50 in Tashkent; 19:10 UTC is ten past midnight, the next day.
		Instant lateEvening = Instant.parse("2031-03-10T18:50:00Z");
		Instant pastMidnight = Instant.parse("2031-03-10T19:10:00Z");
		assertThat(zone.hourOf(lateEvening)).isEqualTo(LocalDateTime.parse("2031-03-10T23:00"));
		assertThat(zone.hourOf(pastMidnight)).isEqualTo(LocalDateTime.parse("2031-03-11T00:00"));
		assertThat(zone.dayOf(pastMidnight)).isEqualTo(LocalDate.parse("2031-03-11"));
		assertThat(new ReportZone(ZoneId.of("UTC")).dayOf(pastMidnight)).as("the zone is configurable")
			.isEqualTo(LocalDate.parse("2031-03-10"));
	}

	@Test
	void aPeriodIsWholeLocalDaysComparedWithAsManyBefore() {
		Period week = Period.lastDays(7, LocalDate.parse("2031-03-11"));
		assertThat(week.from()).isEqualTo(LocalDate.parse("2031-03-05"));
		assertThat(week.to()).isEqualTo(LocalDate.parse("2031-03-12"));
		assertThat(week.previous()).isEqualTo(new Period(LocalDate.parse("2031-02-26"), week.from()));
		assertThat(week.fromHour()).isEqualTo(LocalDateTime.parse("2031-03-05T00:00"));
	}

	@Test
	void theNextResponseWaitsFromTheCustomersFirstMessageAfterSupportsLastAnswer() {
		Instant t = Instant.parse("2031-03-10T10:00:00Z");
		List<MessageView> before = List.of(message(1, AuthorKind.PARTICIPANT, t), message(2, AuthorKind.AGENT, t),
				message(3, AuthorKind.BOT, t.plusSeconds(10)), message(4, AuthorKind.PARTICIPANT, t.plusSeconds(60)),
				message(5, AuthorKind.PARTICIPANT, t.plusSeconds(90)));
		assertThat(ResponseFacts.waitingSince(before)).isEqualTo(t.plusSeconds(60));
		assertThat(ResponseFacts.waitingSince(before.subList(0, 1))).as("no answer before: a first response").isNull();
		assertThat(ResponseFacts.waitingSince(before.subList(0, 3))).as("support wrote twice: nothing waited").isNull();
	}

	private static void count(Totals totals, Metric metric, long n) {
		totals.add(metric, 0, n, n);
	}

	private static MessageView message(long seq, AuthorKind kind, Instant at) {
		return new MessageView(UUID.randomUUID(), seq, kind, "x", "text", null, null, null, at, List.of(), null);
	}

}
