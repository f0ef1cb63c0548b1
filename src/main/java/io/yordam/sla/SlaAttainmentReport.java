package io.yordam.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.tickets.TicketLine;

/**
 * The share of SLA runs met in a period, per line (the team) and per agent, each in total
 * and per target. A run is met when it stopped before its due and was never breached,
 * missed when it was breached (or stopped past its due before the timer recorded the
 * breach); a run still going counts nowhere yet.
 *
 * @param since the period's start: runs that ended (stopped or breached) from then on
 * @param total every run counted
 */
record SlaAttainmentReport(int days, Instant since, Figures total, List<LineRow> lines, List<AgentRow> agents) {

	/** Whether nothing ended in the period (public: the page asks). */
	public boolean empty() {
		return this.total.counted() == 0;
	}

	/**
	 * Adds up the runs as the database grouped them.
	 * @param names the owners' display names (an owner missing here is shown as
	 * {@code unknown})
	 * @param nobody the word for runs breached while nobody had the ticket
	 * @param unknown the word for an owner whose name is not known
	 */
	static SlaAttainmentReport of(int days, Instant since, List<Ended> ended, Map<UUID, String> names, String nobody,
			String unknown) {
		Tally total = new Tally();
		Map<TicketLine, Tally> lines = new EnumMap<>(TicketLine.class);
		Map<UUID, Tally> agents = new LinkedHashMap<>();
		Tally unowned = new Tally();
		for (Ended group : ended) {
			total.add(group);
			lines.computeIfAbsent(group.line(), l -> new Tally()).add(group);
			(group.owner() != null ? agents.computeIfAbsent(group.owner(), o -> new Tally()) : unowned).add(group);
		}
		List<LineRow> lineRows = new ArrayList<>();
		lines.forEach((line, tally) -> lineRows.add(new LineRow(line, tally.all(), tally.byTarget())));
		List<AgentRow> agentRows = new ArrayList<>();
		agents.forEach((owner, tally) -> agentRows
			.add(new AgentRow(names.getOrDefault(owner, unknown), false, tally.all(), tally.byTarget())));
		agentRows.sort(Comparator.comparing(AgentRow::name, String.CASE_INSENSITIVE_ORDER));
		if (unowned.all().counted() > 0) {
			// Last: nobody is not a colleague to compare with, but a gap in the rota.
			agentRows.add(new AgentRow(nobody, true, unowned.all(), unowned.byTarget()));
		}
		return new SlaAttainmentReport(days, since, total.all(), List.copyOf(lineRows), List.copyOf(agentRows));
	}

	/**
	 * Runs met and missed, and the share met with one decimal (null when nothing was
	 * counted).
	 */
	record Figures(long met, long missed, BigDecimal percentMet) {

		static Figures of(long met, long missed) {
			return new Figures(met, missed, percent(met, met + missed));
		}

		long counted() {
			return this.met + this.missed;
		}

		/**
		 * Rounded half up, except that 100.0 means none missed and 0.0 none met: 9,999 of
		 * 10,000 is shown as 99.9, not as a perfect score it is not.
		 */
		static BigDecimal percent(long met, long counted) {
			if (counted == 0) {
				return null;
			}
			// Half up in whole numbers: floor(1000 met / counted + 1/2).
			long tenths = (met * 2000 + counted) / (2 * counted);
			if (tenths == 1000 && met < counted) {
				tenths = 999;
			}
			else if (tenths == 0 && met > 0) {
				tenths = 1;
			}
			return BigDecimal.valueOf(tenths, 1);
		}

	}

	/** A line (the team working it): every target, and each target alone. */
	record LineRow(TicketLine line, Figures all, Map<SlaTarget, Figures> targets) {
	}

	/**
	 * An agent by name, or nobody (runs breached while the ticket was unassigned): every
	 * target, and each target alone.
	 */
	record AgentRow(String name, boolean nobody, Figures all, Map<SlaTarget, Figures> targets) {
	}

	/** The runs of one line, target and owner that ended in the period. */
	record Ended(TicketLine line, SlaTarget target, UUID owner, long met, long missed) {
	}

	private static final class Tally {

		private final Map<SlaTarget, long[]> byTarget = new EnumMap<>(SlaTarget.class);

		void add(Ended group) {
			long[] counts = this.byTarget.computeIfAbsent(group.target(), t -> new long[2]);
			counts[0] += group.met();
			counts[1] += group.missed();
		}

		Figures all() {
			long met = 0;
			long missed = 0;
			for (long[] counts : this.byTarget.values()) {
				met += counts[0];
				missed += counts[1];
			}
			return Figures.of(met, missed);
		}

		/** Every target, those without runs as zeros: the page's columns line up. */
		Map<SlaTarget, Figures> byTarget() {
			Map<SlaTarget, Figures> figures = new EnumMap<>(SlaTarget.class);
			for (SlaTarget target : SlaTarget.values()) {
				long[] counts = this.byTarget.getOrDefault(target, new long[2]);
				figures.put(target, Figures.of(counts[0], counts[1]));
			}
			return figures;
		}

	}

}
