package io.yordam.bot;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled the bot answers customers first
 * @param unsureBelow below this confidence the bot says it did not understand
 * @param vipOrders customers with this many orders go straight to a person
 * @param zone the service's time zone, for the times the bot tells
 */
@ConfigurationProperties("yordam.bot")
record BotProperties(Boolean enabled, Double unsureBelow, Integer vipOrders, ZoneId zone) {

	BotProperties {
		enabled = (enabled == null) || enabled;
		unsureBelow = (unsureBelow == null) ? 0.30 : unsureBelow;
		vipOrders = (vipOrders == null) ? 100 : vipOrders;
		zone = (zone == null) ? ZoneId.of("Asia/Tashkent") : zone;
	}

}
