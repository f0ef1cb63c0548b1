package io.yordam.notices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notice policy in force until an admin saves one ({@code yordam.notices.*}): a
 * deployment (the demo among them) may start with late care on in its cities without an
 * admin's first save. Every saved version replaces it entirely.
 *
 * @param etaShiftMinutes an arrival time moved further than this is told
 * @param lateAfterMinutes an order this long past its promise is late
 * @param lateCareCities the cities where late orders are credited from the start
 * @param lateCareDailyBudget each of those cities' daily budget (so'm)
 * @param quietFromHour quiet hours start (equal to the end: none)
 * @param quietToHour quiet hours end
 * @param holdoutPercent the share of orders told nothing, to measure what notices change
 */
@ConfigurationProperties("yordam.notices")
record NoticeDefaults(@DefaultValue("10") int etaShiftMinutes, @DefaultValue("15") int lateAfterMinutes,
		@DefaultValue List<String> lateCareCities, @DefaultValue("500000") long lateCareDailyBudget,
		@DefaultValue("22") int quietFromHour, @DefaultValue("8") int quietToHour,
		@DefaultValue("0") int holdoutPercent) {

	NoticePolicy policy() {
		NoticePolicy standard = NoticePolicy.defaults();
		Map<String, NoticePolicy.CityCare> care = new LinkedHashMap<>();
		this.lateCareCities.forEach(city -> care.put(city, new NoticePolicy.CityCare(true, this.lateCareDailyBudget)));
		NoticePolicy policy = new NoticePolicy(this.etaShiftMinutes, this.lateAfterMinutes, this.quietFromHour,
				this.quietToHour, standard.zone(), standard.perHourLimit(), care, this.holdoutPercent);
		policy.validate();
		return policy;
	}

}
