package io.yordam.sla;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The runs met and missed since a moment, counted exactly as the attainment report counts
 * them (the same grouped query): for the analytics dashboard's tile, the desk's or one
 * agent's.
 */
@Service
public class SlaShares {

	private final SlaClockRepository clocks;

	SlaShares(SlaClockRepository clocks) {
		this.clocks = clocks;
	}

	/**
	 * @param owner an agent's id, or null for every run
	 */
	@Transactional(readOnly = true)
	public Share since(Instant since, UUID owner) {
		long met = 0;
		long missed = 0;
		for (Object[] row : this.clocks.endedSince(since)) {
			if (owner == null || owner.equals(row[2])) {
				met += ((Number) row[3]).longValue();
				missed += ((Number) row[4]).longValue();
			}
		}
		return new Share(met, missed);
	}

	/** Runs met and missed. */
	public record Share(long met, long missed) {

		/** What ended in [earlier's since, this since): a longer count less a shorter. */
		public Share minus(Share later) {
			return new Share(this.met - later.met, this.missed - later.missed);
		}

	}

}
