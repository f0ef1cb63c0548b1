package io.yordam.sla;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.sla.SlaAttainmentReport.Ended;
import io.yordam.sla.SlaAttainmentReport.Figures;
import io.yordam.tickets.TicketLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of "% of SLAs met": sums per line, agent and target, and the share. */
class SlaAttainmentReportTests {

	static final Instant SINCE = Instant.parse("2026-03-01T00:00:00Z");

	static final UUID AZIZA = UUID.randomUUID();

	static final UUID BOBUR = UUID.randomUUID();

	static final Map<UUID, String> NAMES = Map.of(AZIZA, "Aziza", BOBUR, "Bobur");

	@Test
	void theShareMetHasOneDecimalRoundedHalfUp() {
		assertThat(Figures.of(2, 1).percentMet()).isEqualByComparingTo("66.7");
		assertThat(Figures.of(1, 2).percentMet()).isEqualByComparingTo("33.3");
		assertThat(Figures.of(1, 15).percentMet()).as("6.25").isEqualByComparingTo("6.3");
		assertThat(Figures.of(3, 0).percentMet()).isEqualTo(BigDecimal.valueOf(1000, 1));
		assertThat(Figures.of(0, 4).percentMet()).isEqualTo(BigDecimal.valueOf(0, 1));
		assertThat(Figures.of(0, 0).percentMet()).as("nothing counted: no share").isNull();
	}

	@Test
	void aPerfectOrAZeroScoreIsNeverShownWhenItIsNotOne() {
		assertThat(Figures.of(9_999, 1).percentMet()).isEqualByComparingTo("99.9");
		assertThat(Figures.of(1, 9_999).percentMet()).isEqualByComparingTo("0.1");
		assertThat(Figures.of(19_999, 1).percentMet()).isEqualByComparingTo("99.9");
	}

	@Test
	void runsAddUpPerLinePerAgentAndPerTarget() {
		SlaAttainmentReport report = SlaAttainmentReport.of(7, SINCE,
				List.of(new Ended(TicketLine.COURIERS, SlaTarget.FIRST_RESPONSE, AZIZA, 3, 1),
						new Ended(TicketLine.COURIERS, SlaTarget.RESOLUTION, AZIZA, 1, 0),
						new Ended(TicketLine.CUSTOMERS_PARTNERS, SlaTarget.FIRST_RESPONSE, AZIZA, 2, 0),
						new Ended(TicketLine.COURIERS, SlaTarget.FIRST_RESPONSE, BOBUR, 0, 2)),
				NAMES, "nobody", "unknown");

		assertThat(report.total()).isEqualTo(Figures.of(6, 3));
		assertThat(report.total().percentMet()).isEqualByComparingTo("66.7");
		assertThat(report.lines()).extracting(SlaAttainmentReport.LineRow::line)
			.containsExactly(TicketLine.CUSTOMERS_PARTNERS, TicketLine.COURIERS);
		SlaAttainmentReport.LineRow couriers = report.lines().get(1);
		assertThat(couriers.all()).isEqualTo(Figures.of(4, 3));
		assertThat(couriers.targets().get(SlaTarget.FIRST_RESPONSE)).isEqualTo(Figures.of(3, 3));
		assertThat(couriers.targets().get(SlaTarget.RESOLUTION)).isEqualTo(Figures.of(1, 0));
		assertThat(couriers.targets().get(SlaTarget.NEXT_RESPONSE)).as("a target without runs: zeros")
			.isEqualTo(Figures.of(0, 0));

		assertThat(report.agents()).extracting(SlaAttainmentReport.AgentRow::name).containsExactly("Aziza", "Bobur");
		SlaAttainmentReport.AgentRow aziza = report.agents().get(0);
		assertThat(aziza.all()).as("both lines").isEqualTo(Figures.of(6, 1));
		assertThat(aziza.all().percentMet()).isEqualByComparingTo("85.7");
		assertThat(aziza.targets().get(SlaTarget.FIRST_RESPONSE)).isEqualTo(Figures.of(5, 1));
		assertThat(report.agents().get(1).all().percentMet()).isEqualByComparingTo("0.0");
	}

	@Test
	void breachesWhileNobodyHadTheTicketCountUnderNobodyLastAndAnUnknownOwnerIsNamedSo() {
		UUID gone = UUID.randomUUID();
		SlaAttainmentReport report = SlaAttainmentReport.of(1, SINCE,
				List.of(new Ended(TicketLine.COURIERS, SlaTarget.FIRST_RESPONSE, null, 0, 2),
						new Ended(TicketLine.COURIERS, SlaTarget.FIRST_RESPONSE, BOBUR, 1, 0),
						new Ended(TicketLine.COURIERS, SlaTarget.NEXT_RESPONSE, gone, 1, 0)),
				NAMES, "никто", "неизвестный");

		assertThat(report.agents()).extracting(SlaAttainmentReport.AgentRow::name)
			.containsExactly("Bobur", "неизвестный", "никто");
		SlaAttainmentReport.AgentRow nobody = report.agents().get(2);
		assertThat(nobody.nobody()).isTrue();
		assertThat(nobody.all()).isEqualTo(Figures.of(0, 2));
		assertThat(report.lines().get(0).all()).as("the line counts them all").isEqualTo(Figures.of(2, 2));
		assertThat(report.lines().get(0).all().percentMet()).isEqualByComparingTo("50.0");
	}

	@Test
	void nothingEndedIsAnEmptyReport() {
		SlaAttainmentReport report = SlaAttainmentReport.of(7, SINCE, List.of(), NAMES, "nobody", "unknown");
		assertThat(report.empty()).isTrue();
		assertThat(report.lines()).isEmpty();
		assertThat(report.agents()).isEmpty();
		assertThat(report.total().percentMet()).isNull();
	}

	@Test
	void theCsvHasAnAllRowAndARowPerTargetWithRunsAndQuotesNamesSafely() throws IOException {
		UUID formula = UUID.randomUUID();
		SlaAttainmentReport report = SlaAttainmentReport.of(7, SINCE,
				List.of(new Ended(TicketLine.COURIERS, SlaTarget.FIRST_RESPONSE, AZIZA, 2, 1),
						new Ended(TicketLine.COURIERS, SlaTarget.FIRST_RESPONSE, formula, 1, 0),
						new Ended(TicketLine.COURIERS, SlaTarget.RESOLUTION, null, 0, 1)),
				Map.of(AZIZA, "Karimova, Aziza", formula, "=HYPERLINK(\"x\")"), "nobody", "unknown");
		StringWriter out = new StringWriter();
		new SlaAttainment(null, null, null, null).csv(report, out);
		assertThat(out.toString()).isEqualTo("""
				scope,name,target,met,missed,percent_met
				line,COURIERS,ALL,3,2,60.0
				line,COURIERS,FIRST_RESPONSE,3,1,75.0
				line,COURIERS,RESOLUTION,0,1,0.0
				agent,"'=HYPERLINK(""x"")",ALL,1,0,100.0
				agent,"'=HYPERLINK(""x"")",FIRST_RESPONSE,1,0,100.0
				agent,"Karimova, Aziza",ALL,2,1,66.7
				agent,"Karimova, Aziza",FIRST_RESPONSE,2,1,66.7
				nobody,nobody,ALL,0,1,0.0
				nobody,nobody,RESOLUTION,0,1,0.0
				""");
	}

}
