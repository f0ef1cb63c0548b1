package io.yordam.incidents;

/**
 * Shown beside every claim: the customer's claims in the last 30 days, claims on this
 * order, and what they were paid in 30 days; flagged when any passes its threshold.
 */
public record AbuseSignals(int claimsIn30Days, int claimsOnOrder, long compensatedIn30Days, boolean flagged) {

	static AbuseSignals of(int claimsIn30Days, int claimsOnOrder, long compensatedIn30Days,
			PlaybookSettings.AbuseThresholds thresholds) {
		boolean flagged = claimsIn30Days >= thresholds.claimsIn30Days() || claimsOnOrder >= thresholds.claimsPerOrder()
				|| compensatedIn30Days >= thresholds.compensatedIn30Days();
		return new AbuseSignals(claimsIn30Days, claimsOnOrder, compensatedIn30Days, flagged);
	}

}
