package io.yordam.analytics;

import java.time.Instant;
import java.util.UUID;

import io.yordam.bot.BotContainment;
import io.yordam.sla.SlaShares;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The figures analytics does not count itself but reads from the modules that define
 * them: SLA attainment from the service levels, containment from the bot (absent when the
 * bot is off).
 */
@Component
class OtherModulesKpis {

	private final SlaShares sla;

	private final ObjectProvider<BotContainment> bot;

	OtherModulesKpis(SlaShares sla, ObjectProvider<BotContainment> bot) {
		this.sla = sla;
		this.bot = bot;
	}

	/**
	 * The share of runs met that ended from {@code from} up to now, less those that ended
	 * from {@code to} on (the runs of [from, to)); an agent's, or the desk's.
	 */
	Double slaAttainment(Instant from, Instant to, Instant now, UUID owner) {
		SlaShares.Share since = this.sla.since(from, owner);
		SlaShares.Share share = to.isBefore(now) ? since.minus(this.sla.since(to, owner)) : since;
		return Kpi.percent(share.met(), share.met() + share.missed());
	}

	Double botContainment(Instant from, Instant to) {
		BotContainment containment = this.bot.getIfAvailable();
		if (containment == null) {
			return null;
		}
		BotContainment.Share share = containment.between(from, to);
		return Kpi.percent(share.contained(), share.conversations());
	}

}
